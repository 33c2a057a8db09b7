import "server-only";
import { z } from "zod";
import { getRequirement, type RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import type { RequirementSummary } from "@/lib/domain/requirements/requirement-summary";
import { defineRoute } from "../define-route";
import { idParam, isoOrNull } from "./fields";
import {
  requirementDetailSchema,
  requirementPageSchema,
  requirementSummarySchema,
} from "./requirement-schemas";
import {
  REQUIREMENT_SORTS,
  REQUIREMENT_STATES,
} from "@/lib/domain/requirements/search/search-requirements.schema";
import {
  choiceQueryParam,
  flagQueryParam,
  listQueryParam,
  pageQueryParams,
  textQueryParam,
} from "./search-query-params";
import { requirementList } from "./sources";

type SummaryOut = z.input<typeof requirementSummarySchema>;

function summaryOut(row: RequirementSummary): SummaryOut {
  return {
    id: row.id,
    projectNumber: row.projectNumber,
    title: row.title,
    summary: row.summary,
    industry: row.industry,
    capabilities: row.capabilities,
    budgetMinCny: row.budgetMinCny,
    budgetMaxCny: row.budgetMaxCny,
    region: row.region,
    deadline: isoOrNull(row.deadline),
    // Already the status a reader sees, decided by the use case with the database's clock.
    status: row.status,
    visibility: row.visibility,
    publishedAt: isoOrNull(row.publishedAt),
    organization: row.organization,
  };
}

function detailOut(row: RequirementDetail): z.input<typeof requirementDetailSchema> {
  return {
    ...summaryOut(row),
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

const listRequirementsQuery = z.object({
  q: textQueryParam("params.q"),
  industry: listQueryParam("params.requirementIndustry"),
  capability: listQueryParam("params.requirementCapability"),
  region: listQueryParam("params.requirementRegion"),
  budgetMin: textQueryParam("params.budgetMin", 20),
  budgetMax: textQueryParam("params.budgetMax", 20),
  deadlineFrom: textQueryParam("params.deadlineFrom", 20),
  deadlineTo: textQueryParam("params.deadlineTo", 20),
  state: choiceQueryParam(REQUIREMENT_STATES, "params.state"),
  verified: flagQueryParam("params.verifiedEnterprise"),
  sort: choiceQueryParam(REQUIREMENT_SORTS, "params.requirementSort"),
  ...pageQueryParams(),
});

export const listRequirementsRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements",
  operationId: "listRequirements",
  tag: "requirements",
  summary: "@apiDocs.operations.listRequirements.summary",
  description: "@apiDocs.operations.listRequirements.description",
  query: listRequirementsQuery,
  response: requirementPageSchema,
  problems: ["VALIDATION"],
  async run({ actor, query }) {
    const page = await requirementList(actor, query);
    return { items: page.items.map(summaryOut), total: page.total, nextCursor: page.nextCursor };
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
