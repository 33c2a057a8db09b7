import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MAX_QUERY_CHARACTERS } from "@/lib/search/search-query";

/**
 * The search words (`q`) and the button that submits the search form `form` (it may be
 * elsewhere on the page). Example searches are links, for those who do not know what to type.
 */
export async function SearchBox({
  form,
  label,
  placeholder,
  value,
  examples = [],
}: {
  form: string;
  label: string;
  placeholder: string;
  value: string;
  examples?: { text: string; href: string }[];
}) {
  const t = await getTranslations("search");
  const id = `${form}-q`;
  return (
    <div role="search" aria-label={label}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex rounded-lg bg-white shadow-sm ring-1 ring-slate-900/10 focus-within:ring-2 focus-within:ring-brand-100">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="ml-3 h-5 w-5 shrink-0 self-center fill-slate-400"
        >
          <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
        </svg>
        <input
          id={id}
          type="search"
          name="q"
          form={form}
          defaultValue={value}
          placeholder={placeholder}
          enterKeyHint="search"
          maxLength={MAX_QUERY_CHARACTERS}
          className="min-w-0 flex-1 rounded-lg bg-transparent px-3 py-3 text-base text-slate-900 placeholder:text-slate-400 focus:outline-none"
        />
        <button
          type="submit"
          form={form}
          className="m-1.5 shrink-0 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 sm:px-6"
        >
          {t("submit")}
        </button>
      </div>
      {examples.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm opacity-90">
          <span>{t("examples")}</span>
          {examples.map((example) => (
            <Link
              key={example.text}
              href={example.href}
              className="underline-offset-2 hover:underline"
            >
              {example.text}
            </Link>
          ))}
        </p>
      )}
    </div>
  );
}
