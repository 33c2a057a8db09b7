"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { addCaseStudy } from "@/lib/domain/organizations/add-case-study";
import { addCertification } from "@/lib/domain/organizations/add-certification";
import {
  caseStudySchema,
  removeCaseStudySchema,
  updateCaseStudySchema,
} from "@/lib/domain/organizations/case-study.schema";
import {
  certificationSchema,
  removeCertificationSchema,
} from "@/lib/domain/organizations/certification.schema";
import { removeCaseStudy } from "@/lib/domain/organizations/remove-case-study";
import { removeCertification } from "@/lib/domain/organizations/remove-certification";
import { setOrganizationLogo } from "@/lib/domain/organizations/set-organization-logo";
import { organizationLogoSchema } from "@/lib/domain/organizations/set-organization-logo.schema";
import { updateCaseStudy } from "@/lib/domain/organizations/update-case-study";
import { updateOrganizationProfile } from "@/lib/domain/organizations/update-organization-profile";
import { organizationProfileSchema } from "@/lib/domain/organizations/update-organization-profile.schema";
import type { Actor } from "@/lib/auth/actor";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

type Previous = FormResult | undefined;

/**
 * Runs a profile use case for the signed-in user's organization ("" when they have none: the use
 * case refuses), then refreshes the pages that show the profile.
 */
function forMyOrganization<Schema extends z.ZodObject, Result>(
  formData: FormData,
  schema: Schema,
  useCase: (actor: Actor, input: z.output<Schema> & { orgId: string }) => Promise<Result>,
  noticeOf: (result: Result) => string | undefined = () => undefined,
) {
  return handleForm(formData, schema, async (value) => {
    const actor = await currentActor();
    const orgId = actor.kind === "user" ? (actor.orgId ?? "") : "";
    const result = await useCase(actor, { ...value, orgId });
    revalidatePath("/organization");
    revalidatePath("/vendors", "layout");
    revalidatePath("/enterprises", "layout");
    return noticeOf(result);
  });
}

/** The profile form says what a save did to the verification (ProfileForm's notices). */
const VERIFICATION_NOTICES = {
  none: undefined,
  withdrawn: "verificationWithdrawn",
  restored: "verificationRestored",
} as const;

export async function updateProfileAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(
    formData,
    organizationProfileSchema,
    updateOrganizationProfile,
    (result) => VERIFICATION_NOTICES[result.verification],
  );
}

export async function setLogoAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(formData, organizationLogoSchema, setOrganizationLogo);
}

export async function addCaseStudyAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(formData, caseStudySchema, addCaseStudy);
}

export async function updateCaseStudyAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(formData, updateCaseStudySchema, updateCaseStudy);
}

export async function removeCaseStudyAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(formData, removeCaseStudySchema, removeCaseStudy);
}

export async function addCertificationAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(formData, certificationSchema, addCertification);
}

export async function removeCertificationAction(_previous: Previous, formData: FormData) {
  return forMyOrganization(formData, removeCertificationSchema, removeCertification);
}
