import { gzipSync } from "node:zlib";

export interface PageWeight {
  status: number;
  htmlBytes: number;
  /** The first load's JavaScript, gzip: every script the HTML loads but the noModule polyfill. */
  jsGzipBytes: number;
}

const scriptSources = (html: string) => [
  ...new Set(
    [...html.matchAll(/<script\b([^>]*)>/gi)]
      .map(([, attributes]) => attributes!)
      .filter((attributes) => !/\bnomodule\b/i.test(attributes))
      .map((attributes) => attributes.match(/\bsrc="([^"]+)"/)?.[1])
      .filter((src): src is string => src !== undefined),
  ),
];

/** What one page weighs: its HTML (as sent, uncompressed) and its scripts' gzip size. */
export async function pageWeight(url: string, cookie?: string): Promise<PageWeight> {
  // Not followed: a signed-in page that sends the bench's session to sign-in is a failed run.
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  let jsGzipBytes = 0;
  for (const src of scriptSources(body)) {
    const script = await fetch(new URL(src, url));
    jsGzipBytes += gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  return { status: response.status, htmlBytes: Buffer.byteLength(body), jsGzipBytes };
}
