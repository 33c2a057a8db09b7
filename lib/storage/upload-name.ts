import path from "node:path";

// Characters that reorder or hide text: a name like "invoice\u202Efdp.exe" shows as
// "invoiceexe.pdf". Removed, with every other control character, from the names we show.
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Extensions a detected type is known by besides its own (file-type names JPEG `jpg`). */
const SAME_TYPE_EXTENSIONS: Record<string, string[]> = { jpg: ["jpg", "jpeg"] };

/**
 * The name an upload is shown and downloaded under: the uploaded name without hidden
 * characters, ending in the extension of the type its bytes are (`poly.pdf.html` holding a PDF
 * becomes `poly.pdf`, `报告` becomes `报告.pdf`), at most 255 characters.
 */
export function uploadName(uploaded: string, ext: string): string {
  const shown = uploaded.replace(HIDDEN_CHARACTERS, "").trim();
  const own = SAME_TYPE_EXTENSIONS[ext] ?? [ext];
  const isOwn = (name: string) => own.includes(path.extname(name).slice(1).toLowerCase());
  // A last extension of another type goes (`poly.pdf.html`); a missing one is added.
  const stem = isOwn(shown) ? shown : shown.slice(0, shown.length - path.extname(shown).length);
  const named = isOwn(stem) ? stem : `${stem || "upload"}.${ext}`;
  const suffix = path.extname(named);
  return named.length <= 255 ? named : named.slice(0, 255 - suffix.length) + suffix;
}
