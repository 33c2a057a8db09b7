import "server-only";

/**
 * The qualifications a requirement states, one per line of its Markdown (list markers removed):
 * a proposal answers each with yes or no and a note.
 */
export function statedQualifications(markdown: string | null): string[] {
  if (!markdown) return [];
  return markdown
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)、])\s+/, "").trim())
    .filter((line) => line.length > 0 && !/^#+\s/.test(line));
}
