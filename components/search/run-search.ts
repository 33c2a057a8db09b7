import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { toSearchParams } from "@/lib/http/url-params";
import type { RawSearchParams } from "./url-state";

export interface SearchOutcome<Page> {
  page: Page;
  /** The URL's invalid parameters and why (validation message keys); ignored by `page`. */
  fieldErrors: FieldErrors;
}

/**
 * Runs a search on the page's URL. Invalid parameters never fail the page: they are left out
 * of the search and returned, so that the form can show what is wrong next to each field.
 */
export async function searchIgnoringInvalid<Page>(
  search: (input: URLSearchParams) => Promise<Page>,
  raw: RawSearchParams,
): Promise<SearchOutcome<Page>> {
  const input = toSearchParams(raw);
  const fieldErrors: FieldErrors = {};
  // Each round drops the parameters a refusal names (some checks run only once the rest parses,
  // a cursor only once the search does), so the rounds end: the URL has fewer each time.
  for (;;) {
    try {
      return { page: await search(input), fieldErrors };
    } catch (error) {
      const invalid = error instanceof DomainError && error.code === "VALIDATION";
      const fields = invalid ? Object.keys(error.fieldErrors ?? {}) : [];
      if (fields.length === 0 || fields.some((field) => !input.has(field))) throw error;
      for (const field of fields) input.delete(field);
      Object.assign(fieldErrors, (error as DomainError).fieldErrors);
    }
  }
}
