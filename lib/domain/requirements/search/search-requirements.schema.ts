import { z } from "zod";
import { MAX_QUERY_CHARACTERS } from "@/lib/search/search-query";
import {
  choiceParam,
  cursorParam,
  dayParam,
  flagParam,
  optionalChoiceParam,
  limitParam,
  regionListParam,
  textParam,
  tagListParam,
  toUrlSearchParams,
  type UrlSearchInput,
  urlSearchObject,
  wholeNumberParam,
} from "@/lib/http/url-params";
import { errorKey } from "@/lib/validation/fields";

export const REQUIREMENT_STATES = ["open", "evaluating", "awarded", "all"] as const;
export const REQUIREMENT_SORTS = ["relevance", "newest", "deadline", "budget"] as const;
export type RequirementState = (typeof REQUIREMENT_STATES)[number];
export type RequirementSort = (typeof REQUIREMENT_SORTS)[number];

const MAX_CNY = 2_000_000_000;

/**
 * The requirement list's search state as the URL holds it: `q`, the filters (each list filter
 * matches any of its values; different filters must all match), `sort`, `cursor` and `limit`.
 * Without `sort`, a search sorts by relevance and a plain list newest first.
 */
export const searchRequirementsSchema = urlSearchObject({
  q: textParam(MAX_QUERY_CHARACTERS),
  industry: tagListParam(),
  capability: tagListParam(),
  region: regionListParam(),
  /** The requirement's budget range must overlap [budgetMin, budgetMax] (whole yuan). */
  budgetMin: wholeNumberParam(0, MAX_CNY),
  budgetMax: wholeNumberParam(0, MAX_CNY),
  /** Deadline on or after this day, on or before that day (days in Asia/Shanghai). */
  deadlineFrom: dayParam(),
  deadlineTo: dayParam(),
  state: choiceParam(REQUIREMENT_STATES, "open"),
  /** Only requirements of verified enterprises. */
  verified: flagParam(),
  sort: optionalChoiceParam(REQUIREMENT_SORTS),
  cursor: cursorParam(),
  limit: limitParam(20),
})
  .refine(
    (s) => s.budgetMin === undefined || s.budgetMax === undefined || s.budgetMin <= s.budgetMax,
    { message: errorKey("budgetOrder"), path: ["budgetMax"] },
  )
  .refine((s) => !s.deadlineFrom || !s.deadlineTo || s.deadlineFrom <= s.deadlineTo, {
    message: errorKey("dateOrder"),
    path: ["deadlineTo"],
  })
  .transform((s) => ({ ...s, sort: s.sort ?? defaultRequirementSort(s.q) }));

export type SearchRequirementsInput = UrlSearchInput<RequirementSearchParams>;
export type RequirementSearchParams = z.output<typeof searchRequirementsSchema>;

export function defaultRequirementSort(q: string | undefined): RequirementSort {
  return q ? "relevance" : "newest";
}

/** The URL parameters of a search state, defaults left out (e.g. for links to the next page). */
export function requirementSearchUrlParams(params: RequirementSearchParams): URLSearchParams {
  return toUrlSearchParams(params, {
    state: "open",
    limit: 20,
    sort: defaultRequirementSort(params.q),
    industry: [],
    capability: [],
    region: [],
  });
}
