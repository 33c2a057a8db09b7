/**
 * The letter of an asking organization's ordinal, numbered as spreadsheet columns are
 * (1 → A, 26 → Z, 27 → AA), so that "供应商 A" never runs out of letters.
 */
export function askerLetter(ordinal: number): string {
  let letters = "";
  for (let n = ordinal; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
