import type { z } from "zod";
import { getOwnProposal, type OwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { getProposalReceipt } from "@/lib/domain/proposals/get-proposal-receipt";
import { listOwnProposals } from "@/lib/domain/proposals/list-own-proposals";
import type { ProposalReceipt } from "@/lib/domain/proposals/receipt";
import { saveProposalDraft } from "@/lib/domain/proposals/save-proposal-draft";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { withdrawProposal } from "@/lib/domain/proposals/withdraw-proposal";
import { defineRoute } from "../define-route";
import { idParam, iso, isoOrNull } from "./fields";
import {
  idempotencyHeaders,
  ownProposalListSchema,
  ownProposalSchema,
  proposalDraftBodySchema,
  proposalReceiptSchema,
  savedDraftSchema,
  versionParams,
  withdrawnSchema,
} from "./proposal-schemas";

const receiptOut = (r: ProposalReceipt): z.input<typeof proposalReceiptSchema> => ({
  ...r,
  receivedAt: iso(r.receivedAt),
});

function ownOut({
  requirement,
  ineligible,
  proposal,
}: OwnProposal): z.input<typeof ownProposalSchema> {
  return {
    requirement: { ...requirement, deadline: isoOrNull(requirement.deadline) },
    ineligible,
    proposal: proposal && {
      ...proposal,
      submittedAt: isoOrNull(proposal.submittedAt),
      withdrawnAt: isoOrNull(proposal.withdrawnAt),
      versions: proposal.versions.map((v) => ({
        ...v,
        receivedAt: iso(v.receivedAt),
        content: { ...v.content },
      })),
    },
  };
}

const requirementParam = () => idParam("params.requirementId");
const op = (name: string) => ({
  summary: `@apiDocs.operations.${name}.summary`,
  description: `@apiDocs.operations.${name}.description`,
});

export const listOwnProposalsRoute = defineRoute({
  method: "get",
  path: "/api/v1/proposals",
  operationId: "listOwnProposals",
  tag: "proposals",
  ...op("listOwnProposals"),
  response: ownProposalListSchema,
  async run({ actor }) {
    const { proposals } = await listOwnProposals(actor);
    return {
      items: proposals.map((p) => ({
        id: p.id,
        status: p.status,
        currentVersion: p.currentVersion,
        submittedAt: isoOrNull(p.submittedAt),
        requirement: { ...p.requirement, deadline: isoOrNull(p.requirement.deadline) },
      })),
    };
  },
});

export const getOwnProposalRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/proposal",
  operationId: "getOwnProposal",
  tag: "proposals",
  ...op("getOwnProposal"),
  params: requirementParam(),
  response: ownProposalSchema,
  problems: ["NOT_FOUND"],
  run: async ({ actor, params }) =>
    ownOut(await getOwnProposal(actor, { requirementId: params.id })),
});

export const saveProposalDraftRoute = defineRoute({
  method: "put",
  path: "/api/v1/requirements/{id}/proposal",
  operationId: "saveProposalDraft",
  tag: "proposals",
  ...op("saveProposalDraft"),
  params: requirementParam(),
  body: proposalDraftBodySchema,
  response: savedDraftSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "DEADLINE_PASSED"],
  run: ({ actor, params, body }) =>
    saveProposalDraft(actor, { requirementId: params.id, content: body }),
});

export const submitProposalRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/proposal/submit",
  operationId: "submitProposal",
  tag: "proposals",
  ...op("submitProposal"),
  params: requirementParam(),
  headers: idempotencyHeaders,
  response: proposalReceiptSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "DEADLINE_PASSED"],
  async run({ actor, params, headers }) {
    const receipt = await submitProposal(actor, {
      requirementId: params.id,
      idempotencyKey: headers["idempotency-key"],
    });
    return receiptOut(receipt);
  },
});

export const withdrawProposalRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/proposal/withdraw",
  operationId: "withdrawProposal",
  tag: "proposals",
  ...op("withdrawProposal"),
  params: requirementParam(),
  response: withdrawnSchema,
  problems: ["NOT_FOUND", "CONFLICT", "DEADLINE_PASSED"],
  async run({ actor, params }) {
    await withdrawProposal(actor, { requirementId: params.id });
    return { status: "WITHDRAWN" as const };
  },
});

export const getProposalReceiptRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/proposal/versions/{version}/receipt",
  operationId: "getProposalReceipt",
  tag: "proposals",
  ...op("getProposalReceipt"),
  params: versionParams,
  response: proposalReceiptSchema,
  problems: ["NOT_FOUND"],
  run: async ({ actor, params }) =>
    receiptOut(
      await getProposalReceipt(actor, { requirementId: params.id, version: params.version }),
    ),
});
