// The security headers of every response, set in one place (proxy.ts). Next.js reads the
// nonce of its own inline scripts from the request's Content-Security-Policy header, so pages
// are rendered per request (they are: the layout reads the language cookie).

/** A fresh, unguessable nonce for one response's scripts and styles. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The page policy: scripts and styles only from the app or carrying this response's nonce
 * (`strict-dynamic` lets Next's nonced loader add its chunks), images from the app and data:
 * only (user Markdown cannot make the reader's browser call another site), no plugins, no
 * <base>, forms posting back to the app only, and no framing by any other site.
 */
export function contentSecurityPolicy(nonce: string, { https = false, dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The policy of uploaded files (/files/…): nothing in them runs or loads, even when a browser
 * is made to open one directly, and no site frames them.
 */
export const UPLOADED_FILE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** The policy of a response to `pathname`: an uploaded file's, or the pages' with the nonce. */
export function policyFor(
  pathname: string,
  nonce: string,
  options: { https?: boolean; dev?: boolean } = {},
): string {
  return pathname.startsWith("/files/")
    ? UPLOADED_FILE_POLICY
    : contentSecurityPolicy(nonce, options);
}

/** Headers every response carries besides the policy; HSTS only when served over https. */
export function baseSecurityHeaders({ https = false } = {}): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
