import { z } from "zod";
import { getRequirement, type RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { effectiveStatus } from "@/lib/domain/requirements/effective-status";
import type { RequirementSummary } from "@/lib/domain/requirements/requirement-summary";
import { defineRoute } from "../define-route";
import { cursorParam, described, idParam, isoOrNull } from "./fields";
import {
  requirementDetailSchema,
  requirementPageSchema,
  requirementSummarySchema,
} from "./requirement-schemas";
import { requirementList } from "./sources";

type SummaryOut = z.input<typeof requirementSummarySchema>;

function summaryOut(row: RequirementSummary): SummaryOut {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    industry: row.industry,
    capabilities: row.capabilities,
    budgetMinCny: row.budgetMinCny,
    budgetMaxCny: row.budgetMaxCny,
    region: row.region,
    deadline: isoOrNull(row.deadline),
    status: effectiveStatus(row),
    visibility: row.visibility,
    publishedAt: isoOrNull(row.publishedAt),
    organization: row.organization,
  };
}

function detailOut(row: RequirementDetail): z.input<typeof requirementDetailSchema> {
  return {
    ...summaryOut(row),
    status: row.status,
    organization: row.organization,
    questionDeadline: isoOrNull(row.questionDeadline),
    deploymentMode: row.deploymentMode,
    domesticStackRequired: row.domesticStackRequired,
    durationMonths: row.durationMonths,
    statusReason: row.statusReason,
    criteria: row.criteria,
    fullText: row.fullText,
    attachments: row.attachments,
  };
}

const limitParam = z.coerce
  .number({ error: "wholeNumber" })
  .int("wholeNumber")
  .min(1, "numberRange?min=1&max=50")
  .max(50, "numberRange?min=1&max=50")
  .default(20)
  .meta(described("params.limit"));

export const listRequirementsRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements",
  operationId: "listRequirements",
  tag: "requirements",
  summary: "@apiDocs.operations.listRequirements.summary",
  description: "@apiDocs.operations.listRequirements.description",
  query: z.object({ cursor: cursorParam(), limit: limitParam }),
  response: requirementPageSchema,
  async run({ actor, query }) {
    const page = await requirementList(actor, query);
    return { items: page.items.map(summaryOut), nextCursor: page.nextCursor };
  },
});

export const getRequirementRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}",
  operationId: "getRequirement",
  tag: "requirements",
  summary: "@apiDocs.operations.getRequirement.summary",
  description: "@apiDocs.operations.getRequirement.description",
  params: idParam("params.requirementId"),
  response: requirementDetailSchema,
  problems: ["NOT_FOUND"],
  run: async ({ actor, params }) => detailOut(await getRequirement(actor, params.id)),
});
