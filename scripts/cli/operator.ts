import type { Actor } from "@/lib/auth/actor";

/** The CLI acts for the platform's operators. */
export const operator: Actor = { kind: "system", name: "cli" };
