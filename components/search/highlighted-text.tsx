import type { TextSegment } from "@/lib/search/highlight";

/**
 * Text with the searched words marked; segments are text, never HTML. Plain text without them,
 * and the unmarked segments as plain text (no element each: a list repeats this per card).
 */
export function HighlightedText({
  text,
  segments,
}: { text: string; segments?: TextSegment[] } | { text?: undefined; segments: TextSegment[] }) {
  if (!segments) return text;
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-100 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
