import {
  awardProposal,
  closeUnsuccessful,
  shortlistProposal,
} from "@/lib/domain/evaluation/decide";
import { listOpenedProposals } from "@/lib/domain/evaluation/list-opened-proposals";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import {
  appointEvaluators,
  declareNoConflict,
  scoreProposal,
  submitScores,
} from "@/lib/domain/evaluation/panel";
import { getRanking, listOwnScores } from "@/lib/domain/evaluation/read-scores";
import { exportEvaluationSheet } from "@/lib/domain/evaluation/sheet/export-evaluation-sheet";
import { SHEET_CONTENT_TYPES } from "@/lib/domain/evaluation/sheet/sheet-files";
import { apiFileSchema, defineRoute } from "../define-route";
import {
  appointBodySchema,
  awardBodySchema,
  awardedSchema,
  doneSchema,
  openedProposalListSchema,
  openingSchema,
  ownScoresSchema,
  rankingSchema,
  scoreBodySchema,
  sheetQuerySchema,
  shortlistBodySchema,
  unsuccessfulBodySchema,
} from "./evaluation-schemas";
import { idParam, iso, isoOrNull } from "./fields";

const params = idParam("params.requirementId");
const op = (name: string) => ({
  operationId: name,
  tag: "evaluation",
  summary: `@apiDocs.operations.${name}.summary`,
  description: `@apiDocs.operations.${name}.description`,
});
const done = { ok: true as const };

export const openProposalsRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/opening",
  ...op("openProposals"),
  params,
  response: openingSchema,
  problems: ["NOT_FOUND", "CONFLICT", "INVALID_TRANSITION"],
  async run({ actor, params }) {
    const opened = await openProposals(actor, { requirementId: params.id });
    return { ...opened, openedAt: iso(opened.openedAt) };
  },
});

export const listOpenedProposalsRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/opened-proposals",
  ...op("listOpenedProposals"),
  params,
  response: openedProposalListSchema,
  problems: ["NOT_FOUND", "CONFLICT"],
  run: async ({ actor, params }) => ({
    items: await listOpenedProposals(actor, { requirementId: params.id }),
  }),
});

export const appointEvaluatorsRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/evaluators",
  ...op("appointEvaluators"),
  params,
  body: appointBodySchema,
  response: doneSchema,
  problems: ["VALIDATION", "NOT_FOUND", "INVALID_TRANSITION"],
  async run({ actor, params, body }) {
    await appointEvaluators(actor, { ...body, requirementId: params.id });
    return done;
  },
});

export const declareNoConflictRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/evaluators/declaration",
  ...op("declareNoConflict"),
  params,
  response: doneSchema,
  problems: ["NOT_FOUND", "CONFLICT"],
  async run({ actor, params }) {
    await declareNoConflict(actor, { requirementId: params.id });
    return done;
  },
});

export const listOwnScoresRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/scores",
  ...op("listOwnScores"),
  params,
  response: ownScoresSchema,
  problems: ["NOT_FOUND", "CONFLICT"],
  async run({ actor, params }) {
    const own = await listOwnScores(actor, { requirementId: params.id });
    return { ...own, submittedAt: isoOrNull(own.submittedAt) };
  },
});

export const scoreProposalRoute = defineRoute({
  method: "put",
  path: "/api/v1/requirements/{id}/scores",
  ...op("scoreProposal"),
  params,
  body: scoreBodySchema,
  response: doneSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION"],
  async run({ actor, params, body }) {
    await scoreProposal(actor, { ...body, requirementId: params.id });
    return done;
  },
});

export const submitScoresRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/scores/submit",
  ...op("submitScores"),
  params,
  response: doneSchema,
  problems: ["NOT_FOUND", "CONFLICT", "INVALID_TRANSITION"],
  async run({ actor, params }) {
    await submitScores(actor, { requirementId: params.id });
    return done;
  },
});

export const getRankingRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/ranking",
  ...op("getRanking"),
  params,
  response: rankingSchema,
  problems: ["NOT_FOUND", "CONFLICT"],
  run: ({ actor, params }) => getRanking(actor, { requirementId: params.id }),
});

export const exportEvaluationSheetRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/evaluation-sheet",
  ...op("exportEvaluationSheet"),
  params,
  query: sheetQuerySchema,
  response: apiFileSchema,
  file: { mediaTypes: Object.values(SHEET_CONTENT_TYPES) },
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT"],
  run: ({ actor, params, query }) =>
    exportEvaluationSheet(actor, {
      requirementId: params.id,
      format: query.format,
      locale: query.lang,
    }),
});

export const shortlistProposalRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/shortlist",
  ...op("shortlistProposal"),
  params,
  body: shortlistBodySchema,
  response: doneSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION"],
  async run({ actor, params, body }) {
    await shortlistProposal(actor, { ...body, requirementId: params.id });
    return done;
  },
});

export const awardProposalRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/award",
  ...op("awardProposal"),
  params,
  body: awardBodySchema,
  response: awardedSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION"],
  run: ({ actor, params, body }) => awardProposal(actor, { ...body, requirementId: params.id }),
});

export const closeUnsuccessfulRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/unsuccessful",
  ...op("closeUnsuccessful"),
  params,
  body: unsuccessfulBodySchema,
  response: doneSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION"],
  async run({ actor, params, body }) {
    await closeUnsuccessful(actor, { ...body, requirementId: params.id });
    return done;
  },
});

export const evaluationRoutes = [
  openProposalsRoute,
  listOpenedProposalsRoute,
  appointEvaluatorsRoute,
  declareNoConflictRoute,
  listOwnScoresRoute,
  scoreProposalRoute,
  submitScoresRoute,
  getRankingRoute,
  exportEvaluationSheetRoute,
  shortlistProposalRoute,
  awardProposalRoute,
  closeUnsuccessfulRoute,
];
