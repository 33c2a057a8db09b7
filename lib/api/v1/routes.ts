import "server-only";
import type { AnyApiRoute } from "../define-route";
import {
  answerQuestionRoute,
  askQuestionRoute,
  listClarificationsRoute,
  listOwnQuestionsRoute,
  listQuestionInboxRoute,
  publishAddendumRoute,
} from "./question-routes";
import { getRequirementRoute, listRequirementsRoute } from "./requirement-routes";
import {
  getOwnProposalRoute,
  getProposalReceiptRoute,
  listOwnProposalsRoute,
  saveProposalDraftRoute,
  submitProposalRoute,
  withdrawProposalRoute,
} from "./proposal-routes";
import { recordCompletionRoute, recordContractSigningRoute } from "./contract-routes";
import { listOcdsReleasesRoute } from "./ocds-routes";
import { evaluationRoutes } from "./evaluation-routes";
import { getVendorRoute, listVendorsRoute } from "./vendor-routes";

/** Every route of /api/v1: the route handlers and the OpenAPI document both read this list. */
export const apiV1Routes: AnyApiRoute[] = [
  listRequirementsRoute,
  getRequirementRoute,
  listVendorsRoute,
  getVendorRoute,
  listOwnProposalsRoute,
  getOwnProposalRoute,
  saveProposalDraftRoute,
  submitProposalRoute,
  withdrawProposalRoute,
  getProposalReceiptRoute,
  askQuestionRoute,
  listOwnQuestionsRoute,
  listClarificationsRoute,
  publishAddendumRoute,
  listQuestionInboxRoute,
  answerQuestionRoute,
  ...evaluationRoutes,
  recordContractSigningRoute,
  recordCompletionRoute,
  listOcdsReleasesRoute,
];
