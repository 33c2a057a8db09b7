import type { FormMetadata } from "@conform-to/react";
import type { RequirementFieldsInput } from "@/lib/domain/requirements/authoring/requirement-fields.schema";

type Fields = RequirementFieldsInput & Record<string, unknown>;

/** The editor's Conform form and its fields (the same for a new and an existing requirement). */
export type EditorForm = FormMetadata<Fields, string[]>;
export type EditorFields = ReturnType<EditorForm["getFieldset"]>;
