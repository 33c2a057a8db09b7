/** A good-news line at the top of a page (announced politely). */
export function SuccessNotice({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
    >
      {children}
    </p>
  );
}
