/**
 * Whether two values of a form field are the same as the form posts them. Form data has no
 * lists of one (a group of checkboxes with one ticked parses as that one value, not as a list),
 * no empty values (an empty input is no value at all) and no bare line feeds (browsers post a
 * textarea's line breaks as "\r\n"). Compares a field's stored value with what its inputs hold.
 */
export function sameFormValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(asPosted(a)) === JSON.stringify(asPosted(b));
}

function asPosted(value: unknown): unknown {
  if (typeof value === "string") return value === "" ? undefined : value.replace(/\r\n?/g, "\n");
  if (Array.isArray(value)) {
    const items = value.map(asPosted);
    if (items.every((item) => item === undefined)) return undefined;
    return items.length === 1 ? items[0] : items;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, asPosted(item)] as const)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}
