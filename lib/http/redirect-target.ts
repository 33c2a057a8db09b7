/**
 * The path to send the browser to after an action, from a target a request supplied
 * (callbackUrl, next, returnTo…). It must stay on `origin`: the target is parsed as a URL against
 * it, and anything that leaves it, or that holds a backslash or a control character (which
 * browsers read as "/" or drop, turning `/\evil.example` into `//evil.example`), falls back to
 * `/`. Returns a path (with query and fragment), never an absolute URL.
 */
export function safeRedirectPath(target: unknown, origin: string): string {
  if (typeof target !== "string" || target === "" || [...target].some(refused)) return "/";
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

function refused(char: string): boolean {
  const code = char.charCodeAt(0);
  return char === "\\" || code < 0x20 || code === 0x7f;
}
