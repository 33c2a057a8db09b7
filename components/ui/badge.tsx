// The looks are classes of app/globals.css: badges are repeated on every card of a list.
export type BadgeTone = "neutral" | "outline" | "brand" | "success" | "warning" | "danger" | "info";

/** A short label of a state or role, on one line (it never breaks between its characters). */
export function Badge({
  tone = "neutral",
  title,
  className = "",
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <span title={title} className={`badge badge-${tone} ${className}`.trimEnd()}>
      {children}
    </span>
  );
}
