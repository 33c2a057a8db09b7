import { Suspense } from "react";
import type { RowCount } from "@/lib/paging/keyset-page";
import { resultCountText } from "./result-count-text";

type CountText = Parameters<typeof resultCountText>[1];

async function CountLine({ count, text }: { count: Promise<RowCount>; text: CountText }) {
  // A count is a courtesy: if it fails, the results stand without it.
  const total = await count.catch(() => null);
  const line = resultCountText(total, text);
  return line ? <p className="text-sm text-slate-500">{line}</p> : null;
}

/**
 * "共 N 条" under the results' title, streamed in when the count arrives: counting a broad search
 * takes as long as finding its first page, so the results do not wait for it.
 */
export function ResultCount({ count, text }: { count: Promise<RowCount> | null; text: CountText }) {
  if (!count) return null;
  return (
    <Suspense fallback={null}>
      <CountLine count={count} text={text} />
    </Suspense>
  );
}
