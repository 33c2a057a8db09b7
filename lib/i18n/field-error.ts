/** Splits a validation error key with parameters (`tooLong?max=200`) for `t(key, params)`. */
export function parseErrorKey(raw: string): { key: string; params: Record<string, string> } {
  const [key = raw, query = ""] = raw.split("?", 2);
  return { key, params: Object.fromEntries(new URLSearchParams(query)) };
}
