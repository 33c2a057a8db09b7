import { defaultSchema, type Options } from "rehype-sanitize";

/**
 * What user-written Markdown may become: GitHub's allow-list (no script, style, iframe, svg or
 * event-handler attributes; ids prefixed so they cannot clobber the page's), with links limited
 * to http(s) and mailto and images to http(s).
 */
export const markdownSanitizeSchema: Options = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
};
