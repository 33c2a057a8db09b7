import type { Actor } from "./actor";
import { visitor } from "./actor";

/**
 * The actor of the current request. Sign-in arrives with the accounts issue; until then every
 * request is a visitor's.
 */
export async function currentActor(): Promise<Actor> {
  return visitor;
}
