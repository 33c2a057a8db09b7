const tones = {
  neutral: "bg-slate-100 text-slate-700",
  outline: "bg-slate-50 text-slate-700 ring-1 ring-slate-200",
  brand: "bg-brand-50 text-brand-800",
  success: "bg-emerald-50 text-emerald-800",
  warning: "bg-amber-50 text-amber-800",
  danger: "bg-rose-50 text-rose-800",
  info: "bg-sky-50 text-sky-800",
} as const;

export type BadgeTone = keyof typeof tones;

/** A short label of a state or role, on one line (it never breaks between its characters). */
export function Badge({
  tone = "neutral",
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: React.ReactNode;
}) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
