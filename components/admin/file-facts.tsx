import { getFormatter } from "next-intl/server";

const KB = 1024;
const OOXML = "application/vnd.openxmlformats-officedocument";

/** Short names of the types uploads are accepted in; others show their subtype. */
const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "DOC",
  "application/vnd.ms-excel": "XLS",
  "application/vnd.ms-powerpoint": "PPT",
  [`${OOXML}.wordprocessingml.document`]: "DOCX",
  [`${OOXML}.spreadsheetml.sheet`]: "XLSX",
  [`${OOXML}.presentationml.presentation`]: "PPTX",
};

const typeLabel = (contentType: string) =>
  TYPE_LABELS[contentType] ?? contentType.replace(/^.*\//, "").toUpperCase();

/** A stored file's type and size: "PDF · 120 KB". */
export async function FileFacts({
  contentType,
  sizeBytes,
}: {
  contentType: string;
  sizeBytes: number;
}) {
  const format = await getFormatter();
  const size =
    sizeBytes < KB * KB
      ? `${format.number(Math.ceil(sizeBytes / KB))} KB`
      : `${format.number(sizeBytes / KB / KB, { maximumFractionDigits: 1 })} MB`;
  return (
    <>
      {typeLabel(contentType)} · {size}
    </>
  );
}
