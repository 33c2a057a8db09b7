type Translate = { (key: string): string; has(key: string): boolean };

/**
 * A name the data holds in Chinese (a region, one of the demo's evaluation criteria) in the
 * reader's language, from the messages `region` and `criterionName` keyed by the stored name.
 * A name with no translation (one an enterprise typed) shows as it is.
 */
export const translatedName = (t: Translate, name: string): string =>
  t.has(name) ? t(name) : name;
