import { ButtonLink } from "@/components/ui/button";

/** An empty list: what will be here, how to fill it, and a way to start. */
export function EmptyState({
  title,
  text,
  linkLabel,
  href,
}: {
  title: string;
  text: string;
  linkLabel: string;
  href: string;
}) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{text}</p>
      <ButtonLink href={href} className="mt-5">
        {linkLabel}
      </ButtonLink>
    </div>
  );
}
