/**
 * A page the app shows instead of the one asked for (not found, an error): what happened in a
 * heading and a sentence, then the ways on (links or buttons) as children.
 */
export function SystemPage({
  code,
  title,
  text,
  children,
}: {
  code: string;
  title: string;
  text: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white px-6 py-10 text-center sm:px-10">
      <p className="text-sm font-semibold tracking-widest text-brand-700">{code}</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{title}</h1>
      <div className="mt-3 text-slate-600">{text}</div>
      <div className="mt-8 flex flex-wrap items-center justify-center gap-3">{children}</div>
    </div>
  );
}
