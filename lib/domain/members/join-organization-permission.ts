import "server-only";
import { admin, signedIn } from "@/lib/auth/guards";
import { definePermission } from "@/lib/auth/permission";
import { forbidden } from "@/lib/domain/errors";

/** A signed-in user may join an organization, unless an admin (admins stay neutral). */
export const joinOrganization = definePermission(
  (actor) => signedIn.refusal(actor) ?? (admin.can(actor) ? forbidden("adminCannotJoin") : null),
);
