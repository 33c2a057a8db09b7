import type { Actor } from "./actor";
import type { DomainError } from "@/lib/domain/errors";

/**
 * A rule about who may do something, written once as `refusal`: the DomainError that refuses
 * the actor, or null when the actor may. Pages ask `can` (what to show); use cases call
 * `require` (which throws the refusal), so the two can never disagree.
 */
export interface Permission<Subject> {
  refusal(actor: Actor, subject: Subject): DomainError | null;
  can(actor: Actor, subject: Subject): boolean;
  require(actor: Actor, subject: Subject): void;
}

export function definePermission<Subject = void>(
  refusal: (actor: Actor, subject: Subject) => DomainError | null,
): Permission<Subject> {
  return {
    refusal,
    can: (actor, subject) => refusal(actor, subject) === null,
    require(actor, subject) {
      const refused = refusal(actor, subject);
      if (refused) throw refused;
    },
  };
}

/** Allowed when any of `permissions` allows; refused with the first one's refusal otherwise. */
export function anyOf<Subject>(...permissions: Permission<Subject>[]): Permission<Subject> {
  return definePermission((actor, subject) => {
    const refusals = permissions.map((permission) => permission.refusal(actor, subject));
    return refusals.includes(null) ? null : refusals[0]!;
  });
}
