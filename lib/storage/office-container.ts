import { unzipSync } from "fflate";

const OOXML = "application/vnd.openxmlformats-officedocument";

/** The folder each Office Open XML format keeps its main part in. */
const MAIN_FOLDER: Record<string, string> = {
  [`${OOXML}.wordprocessingml.document`]: "word/",
  [`${OOXML}.spreadsheetml.sheet`]: "xl/",
  [`${OOXML}.presentationml.presentation`]: "ppt/",
};

/** The names of a ZIP archive's entries (nothing is extracted); null when it is no archive. */
function entryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * Whether bytes detected as `mime` really are that format. file-type names a Word, Excel or
 * PowerPoint file from the content type its `[Content_Types].xml` claims; the package must also
 * hold that format's folder of parts, or it is some other archive dressed up as a document.
 * Any other type is taken as detected.
 */
export function isGenuineContainer(mime: string, bytes: Uint8Array): boolean {
  const folder = MAIN_FOLDER[mime];
  if (!folder) return true;
  const names = entryNames(bytes);
  return (
    names !== null &&
    names.includes("[Content_Types].xml") &&
    names.some((name) => name.startsWith(folder) && name.endsWith(".xml"))
  );
}
