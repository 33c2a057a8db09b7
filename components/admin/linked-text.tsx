const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;
/** Punctuation that ends a sentence rather than the link before it. */
const TRAILING = /[.,;:!?)\]，。；：！？）」』]+$/;

/** Plain text with its http(s) URLs as links (React escapes the rest: no HTML is interpreted). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const trailing = part.match(TRAILING)?.[0] ?? "";
    const url = part.slice(0, part.length - trailing.length);
    return (
      <span key={index}>
        <a href={url} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {url}
        </a>
        {trailing}
      </span>
    );
  });
}
