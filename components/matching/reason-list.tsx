/** A match's reasons, largest contribution first, as the score adds them up. */
export function ReasonList({ reasons, label }: { reasons: string[]; label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
      {reasons.map((reason, i) => (
        <li key={reason} className="flex items-baseline gap-3">
          {i > 0 && (
            <span aria-hidden="true" className="text-slate-400">
              ·
            </span>
          )}
          {reason}
        </li>
      ))}
    </ul>
  );
}
