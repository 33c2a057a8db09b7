import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/api-tokens/copy-button";

/** A labelled block of code (a command, a JSON answer) with a copy button. */
export async function CodeBlock({ label, code }: { label: string; code: string }) {
  const t = await getTranslations("apiDocs.page");
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 flex items-center justify-between gap-2 text-sm text-slate-600">
        <span>{label}</span>
        <CopyButton
          text={code}
          label={t("copyCode")}
          copiedLabel={t("codeCopied")}
          failedLabel={t("copyFailed")}
        />
      </figcaption>
      {/* Focusable so that keyboard users can scroll long lines sideways. */}
      <pre
        tabIndex={0}
        role="region"
        aria-label={label}
        className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
