import { z } from "zod";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { proposalDraftSchema } from "@/lib/domain/proposals/proposal-content.schema";
import { idempotencyKeySchema } from "@/lib/domain/proposals/proposal.schema";
import { described, instant } from "./fields";

const d = (key: string) => described(`fields.proposal.${key}`);

export const proposalDraftBodySchema = proposalDraftSchema.meta({
  id: "ProposalDraft",
  ...d("draft"),
});

const status = z.enum(ProposalStatus).meta(d("status"));

export const proposalReceiptSchema = z
  .object({
    proposalId: z.string().meta(d("id")),
    requirementId: z.string().meta(d("requirementId")),
    requirementTitle: z.string().meta(d("requirementTitle")),
    projectNumber: z.string().nullable().meta(d("projectNumber")),
    vendorName: z.string().meta(d("vendorName")),
    version: z.int().min(1).meta(d("version")),
    receivedAt: instant().meta(d("receivedAt")),
    digest: z.string().meta(d("digest")),
    priceCny: z.int().meta(d("priceCny")),
    attachments: z
      .array(z.object({ name: z.string(), sha256: z.string(), sizeBytes: z.int() }))
      .meta(d("receiptAttachments")),
  })
  .meta({ id: "ProposalReceipt", ...d("receipt") });

const requirementRef = z.object({
  id: z.string().meta(d("requirementId")),
  title: z.string().meta(d("requirementTitle")),
  deadline: instant().nullable().meta(d("deadline")),
  open: z.boolean().meta(d("open")),
});

export const ownProposalListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string().meta(d("id")),
        status,
        currentVersion: z.int().nullable().meta(d("currentVersion")),
        submittedAt: instant().nullable().meta(d("submittedAt")),
        requirement: requirementRef.extend({
          projectNumber: z.string().nullable().meta(d("projectNumber")),
        }),
      }),
    ),
  })
  .meta({ id: "OwnProposalList" });

const ineligible = z
  .object({
    rule: z.enum(["verifiedVendor", "domesticStack", "certifications"]),
    missing: z.array(z.string()).optional(),
  })
  .meta(d("ineligible"));

export const ownProposalSchema = z
  .object({
    requirement: requirementRef,
    ineligible: z.array(ineligible).meta(d("ineligibleList")),
    proposal: z
      .object({
        id: z.string().meta(d("id")),
        status,
        currentVersion: z.int().nullable().meta(d("currentVersion")),
        submittedAt: instant().nullable().meta(d("submittedAt")),
        withdrawnAt: instant().nullable().meta(d("withdrawnAt")),
        draft: proposalDraftBodySchema,
        attachments: z
          .array(z.object({ id: z.string(), name: z.string(), sizeBytes: z.int() }))
          .meta(d("draftAttachments")),
        versions: z
          .array(
            z.object({
              version: z.int().meta(d("version")),
              receivedAt: instant().meta(d("receivedAt")),
              digest: z.string().meta(d("digest")),
              changed: z.array(z.string()).meta(d("changed")),
              content: z.record(z.string(), z.unknown()).meta(d("content")),
              attachments: z.array(z.object({ id: z.string(), name: z.string() })),
            }),
          )
          .meta(d("versions")),
      })
      .nullable()
      .meta(d("proposal")),
  })
  .meta({ id: "OwnProposal" });

export const withdrawnSchema = z
  .object({ status: z.literal("WITHDRAWN").meta(d("status")) })
  .meta({ id: "ProposalWithdrawn" });

export const savedDraftSchema = z
  .object({ proposalId: z.string().meta(d("id")) })
  .meta({ id: "ProposalDraftSaved" });

export const idempotencyHeaders = z.object({
  "idempotency-key": idempotencyKeySchema.optional().meta(described("params.idempotencyKey")),
});

export const versionParams = z.object({
  id: z.string().min(1).max(100, "tooLong?max=100").meta(described("params.requirementId")),
  version: z.coerce.number().int().min(1).meta(described("params.proposalVersion")),
});
