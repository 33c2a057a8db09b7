import "server-only";
import { z } from "zod";
import { cursorParam, described } from "./fields";

// The list endpoints take the same search state as the pages' URLs. These schemas document each
// parameter and pass its text on; the search use cases parse it (their refusals name the
// parameter, answered as 422 problems), so the API and the pages cannot disagree on meaning.

/** A text parameter, passed on as written. */
export const textQueryParam = (key: string, max = 200) =>
  z.string().max(max, `tooLong?max=${max}`).optional().meta(described(key));

/** A list filter: one value, or several separated by commas (any of them matches). */
export const listQueryParam = (key: string) => textQueryParam(key, 1000);

/** One of `values`. */
export const choiceQueryParam = <Values extends readonly [string, ...string[]]>(
  values: Values,
  key: string,
) => z.enum(values, { error: "choose" }).optional().meta(described(key));

/** `true` or `false`. */
export const flagQueryParam = (key: string) => choiceQueryParam(["true", "false"], key);

/** The paging parameters every list takes, with one meaning: `cursor`, `limit` and `count`. */
export const pageQueryParams = () => ({
  cursor: cursorParam(),
  limit: textQueryParam("params.limit", 10),
  count: flagQueryParam("params.count"),
});
