import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Layout reference", robots: { index: false } };

/**
 * `npm run bench:pages` measures every page against this one: the site's layout and a one-line
 * body. It exists only in a server started with BENCH_REFERENCE_PAGE=1 (the bench's); anywhere
 * else it is "not found", like any unknown path, and nothing links to it.
 */
export default async function BenchReferencePage() {
  await connection(); // decided per request, never prerendered at build time
  if (process.env.BENCH_REFERENCE_PAGE !== "1") notFound();
  return <p>Layout reference page.</p>;
}
