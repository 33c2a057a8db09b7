import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ERROR_NAMESPACES } from "@/lib/i18n/error-text";

// The message namespaces the client code reachable from a file reads: every module its imports
// (static, re-exports and `import()`) lead to, where a "use client" module and everything it
// imports is client code, and client code's `useTranslations("ns")` names a namespace.

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"];
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;
const USE_TRANSLATIONS = /\buseTranslations\(([^)]*)\)/g;

/**
 * Client modules calling `useTranslations()` with no namespace, and the namespaces they read
 * through it (the error texts look a key up in two namespaces).
 */
const WHOLE_CATALOG_READERS: Record<string, string[]> = {
  "components/forms/use-error-text.ts": [...ERROR_NAMESPACES],
};

function resolve(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined; // a package: not the app's messages
  for (const extension of EXTENSIONS) {
    const file = base + extension;
    if (existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file)) return file;
  }
  return undefined;
}

const isClient = (source: string) => /^\s*["']use client["']/.test(source);
const isServerActions = (source: string) => /^\s*["']use server["']/.test(source);

function namespacesIn(file: string, source: string): string[] {
  const relative = path.relative(ROOT, file);
  const found = [...(WHOLE_CATALOG_READERS[relative] ?? [])];
  for (const [, argument = ""] of source.matchAll(USE_TRANSLATIONS)) {
    const literal = /^\s*["']([\w.]+)["']\s*$/.exec(argument)?.[1];
    if (literal) found.push(literal);
    else if (!(argument.trim() === "" && relative in WHOLE_CATALOG_READERS))
      throw new Error(`${relative}: useTranslations(${argument}) names no namespace literally`);
  }
  return found;
}

/**
 * The namespaces client code reachable from `entry` (a path from the repository root) reads,
 * not counting what is behind a file of `boundaries` (one with a message provider of its own).
 */
export function clientNamespaces(entry: string, boundaries: readonly string[] = []): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    if (file !== path.join(ROOT, entry) && boundaries.includes(path.relative(ROOT, file))) return;
    const source = readFileSync(file, "utf8");
    const client = inClient || isClient(source);
    if (client && isServerActions(source)) return; // server actions: called, not rendered
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) for (const namespace of namespacesIn(file, source)) namespaces.add(namespace);
    for (const [, specifier = ""] of source.matchAll(IMPORT)) {
      const target = resolve(specifier, file);
      if (target) visit(target, client);
    }
  };
  visit(path.join(ROOT, entry), false);
  return namespaces;
}

/** Whether `namespace` (`a.b`) is given by a provider holding `provided` (`a` or `a.b`). */
export function isProvided(namespace: string, provided: readonly string[]): boolean {
  return provided.some((given) => namespace === given || namespace.startsWith(`${given}.`));
}
