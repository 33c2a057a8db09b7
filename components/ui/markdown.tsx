import ReactMarkdown from "react-markdown";

/**
 * Renders user-written Markdown. Raw HTML in the source is not rendered (react-markdown escapes
 * it), and links are limited to http(s) and mailto by its URL sanitizer.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="space-y-3 leading-relaxed text-slate-800 [&_h2]:mt-5 [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown>{source}</ReactMarkdown>
    </div>
  );
}
