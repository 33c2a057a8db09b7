import { recordCompletion } from "@/lib/domain/contracts/record-completion";
import { recordContractSigning } from "@/lib/domain/contracts/record-contract-signing";
import { defineRoute } from "../define-route";
import { idParam } from "./fields";
import { completionBodySchema, movedSchema, signingBodySchema } from "./contract-schemas";

const op = (name: string) => ({
  summary: `@apiDocs.operations.${name}.summary`,
  description: `@apiDocs.operations.${name}.description`,
});
const problems = ["VALIDATION", "NOT_FOUND", "INVALID_TRANSITION", "CONFLICT"] as const;

export const recordContractSigningRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/contract",
  operationId: "recordContractSigning",
  tag: "contracts",
  ...op("recordContractSigning"),
  params: idParam("params.requirementId"),
  body: signingBodySchema,
  response: movedSchema,
  problems: [...problems],
  run: ({ actor, params, body: { document, ...signing } }) =>
    recordContractSigning(actor, {
      ...signing,
      requirementId: params.id,
      document: new File([Buffer.from(document.contentBase64, "base64")], document.fileName),
    }),
});

export const recordCompletionRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/contract/completion",
  operationId: "recordCompletion",
  tag: "contracts",
  ...op("recordCompletion"),
  params: idParam("params.requirementId"),
  body: completionBodySchema,
  response: movedSchema,
  problems: [...problems],
  run: ({ actor, params, body }) => recordCompletion(actor, { ...body, requirementId: params.id }),
});
