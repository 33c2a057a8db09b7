/** The top of a search page: title, a line of context, something beside it, and the search box. */
export function SearchBanner({
  title,
  text,
  aside,
  children,
}: {
  title: string;
  text: string;
  aside?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section className="rounded-xl bg-gradient-to-br from-brand-800 to-brand-600 px-4 py-5 text-white sm:px-8 sm:py-7">
      <div className="flex flex-wrap items-start justify-between gap-x-10 gap-y-3 lg:flex-nowrap">
        <div className="max-w-3xl min-w-0">
          <h1 className="text-xl font-bold sm:text-2xl">{title}</h1>
          <p className="mt-2 hidden text-sm text-brand-50 sm:block">{text}</p>
        </div>
        {aside}
      </div>
      <div className="mt-5">{children}</div>
    </section>
  );
}
