import { z } from "zod";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import {
  CONTRACT_LIMITS,
  recordCompletionSchema,
  recordSigningSchema,
} from "@/lib/domain/contracts/contract.schema";
import { described } from "./fields";

const d = (key: string) => described(`fields.contract.${key}`);
const signing = recordSigningSchema.shape;
const completion = recordCompletionSchema.shape;

/** Base64 of at most the document limit's bytes (4 characters per 3 bytes). */
const base64 = z
  .string()
  .max(Math.ceil(CONTRACT_LIMITS.documentBytes / 3) * 4, "fileTooLarge?mb=20")
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "invalid");

export const signingBodySchema = z
  .object({
    contractNumber: signing.contractNumber.meta(d("contractNumber")),
    amountCny: z.int().meta(d("amountCny")),
    signedOn: signing.signedOn.meta(d("signedOn")),
    document: z
      .object({
        fileName: z.string().min(1).max(200, "tooLong?max=200").meta(d("documentName")),
        contentBase64: base64.meta(d("documentContent")),
      })
      .meta(d("document")),
  })
  .meta({ id: "ContractSigning" });

export const completionBodySchema = z
  .object({
    acceptanceNotes: completion.acceptanceNotes.meta(d("acceptanceNotes")),
    rating: z.int().meta(d("rating")),
    ratingComment: z.string().optional().meta(d("ratingComment")),
  })
  .meta({ id: "ContractCompletion" });

export const movedSchema = z
  .object({
    id: z.string().meta(described("fields.contract.requirementId")),
    status: z.enum(RequirementStatus).meta(d("status")),
  })
  .meta({ id: "RequirementMoved" });
