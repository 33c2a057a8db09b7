"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { inviteMember } from "@/lib/domain/members/invite-member";
import { inviteMemberSchema } from "@/lib/domain/members/invite-member.schema";
import { leaveOrganization } from "@/lib/domain/members/leave-organization";
import { removeMember } from "@/lib/domain/members/remove-member";
import { resendInvitation } from "@/lib/domain/members/resend-invitation";
import { revokeInvitation } from "@/lib/domain/members/revoke-invitation";
import { invitationTargetSchema, memberTargetSchema } from "@/lib/domain/members/targets.schema";
import { transferOwnership } from "@/lib/domain/members/transfer-ownership";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { requestOrigin } from "@/lib/http/request-origin";

type Previous = FormResult | undefined;

/** The signed-in user and the organization they act for ("" when none: the use case refuses). */
async function actorAndOrg() {
  const actor = await currentActor();
  return { actor, orgId: actor.kind === "user" ? (actor.orgId ?? "") : "" };
}

/** Runs a members use case for a form, then refreshes the members page. */
function run<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  useCase: (value: z.output<Schema>) => Promise<unknown>,
) {
  return handleForm(formData, schema, async (value) => {
    await useCase(value);
    revalidatePath("/organization/members");
  });
}

export async function inviteMemberAction(_previous: Previous, formData: FormData) {
  return run(formData, inviteMemberSchema, async (input) => {
    const { actor, orgId } = await actorAndOrg();
    return inviteMember(actor, { ...input, orgId }, await requestOrigin());
  });
}

export async function resendInvitationAction(_previous: Previous, formData: FormData) {
  return run(formData, invitationTargetSchema, async (input) =>
    resendInvitation(await currentActor(), input, await requestOrigin()),
  );
}

export async function revokeInvitationAction(_previous: Previous, formData: FormData) {
  return run(formData, invitationTargetSchema, async (input) =>
    revokeInvitation(await currentActor(), input),
  );
}

export async function removeMemberAction(_previous: Previous, formData: FormData) {
  return run(formData, memberTargetSchema, async (input) =>
    removeMember(await currentActor(), input),
  );
}

export async function transferOwnershipAction(_previous: Previous, formData: FormData) {
  return run(formData, memberTargetSchema, async (input) =>
    transferOwnership(await currentActor(), input),
  );
}

/** After leaving, the organization's pages are no longer theirs: go home. */
export async function leaveOrganizationAction(_previous: Previous, formData: FormData) {
  let left = false;
  const result = await run(formData, z.object({}), async () => {
    const { actor, orgId } = await actorAndOrg();
    await leaveOrganization(actor, { orgId });
    left = true;
  });
  if (left) redirect("/");
  return result;
}
