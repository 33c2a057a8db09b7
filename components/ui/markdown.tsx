import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { markdownSanitizeSchema } from "./markdown-sanitize";

/** Links from users: search engines get no endorsement, the target no handle on this page. */
const USER_LINK_REL = "nofollow noopener noreferrer";

/**
 * An image from a user is shown as a link to it: loading it would tell its host who reads the
 * page and when (and the page's policy refuses images from other sites anyway).
 */
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel={USER_LINK_REL}>
      {children}
    </a>
  ),
  img: ({ src, alt }) =>
    typeof src === "string" && src !== "" ? (
      <a href={src} rel={USER_LINK_REL}>
        {alt || src}
      </a>
    ) : null,
};

/**
 * Renders user-written Markdown. Raw HTML in the source is not rendered (react-markdown escapes
 * it), links and images go through its URL filter, and the result passes rehype-sanitize's
 * allow-list last, so that nothing unsafe gets through even if raw HTML is enabled one day.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="space-y-3 leading-relaxed text-slate-800 [&_h2]:mt-5 [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown
        rehypePlugins={[[rehypeSanitize, markdownSanitizeSchema]]}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
