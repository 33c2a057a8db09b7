import "server-only";
import type { ImportFile } from "./import-file.schema";

export interface KnownTags {
  capabilities: Set<string>;
  industries: Set<string>;
}

/**
 * Problems that zod cannot see: duplicate keys, unknown tag slugs, requirements of unknown or
 * non-enterprise organizations. Returns the problems as one-line messages, first found first.
 */
export function findReferenceProblems(
  file: ImportFile,
  tags: KnownTags,
  enterpriseKeysInDb: Set<string>,
): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => ok || problems.push(message);
  const slugs = (path: string, values: string[], known: Set<string>, kind: string) =>
    values.forEach((v, i) => check(known.has(v), `${path}[${i}]: unknown ${kind} slug "${v}"`));

  const seenOrgs = new Set<string>();
  const enterpriseKeys = new Set(enterpriseKeysInDb);
  file.organizations.forEach((org, i) => {
    const at = `organizations[${i}]`;
    check(!seenOrgs.has(org.key), `${at}.key: duplicate key "${org.key}"`);
    seenOrgs.add(org.key);
    if (org.kind === "ENTERPRISE") enterpriseKeys.add(org.key);
    else enterpriseKeys.delete(org.key);
    slugs(`${at}.industries`, org.industries, tags.industries, "industry");
    slugs(`${at}.capabilities`, org.capabilities, tags.capabilities, "capability");
    check(
      org.kind === "VENDOR" || (org.capabilities.length === 0 && org.cases.length === 0),
      `${at}: only vendors have capabilities and cases`,
    );
    org.cases.forEach((c, j) => {
      check(
        tags.industries.has(c.industry),
        `${at}.cases[${j}].industry: unknown industry slug "${c.industry}"`,
      );
      slugs(`${at}.cases[${j}].capabilities`, c.capabilities, tags.capabilities, "capability");
    });
  });

  const seenRequirements = new Set<string>();
  file.requirements.forEach((req, i) => {
    const at = `requirements[${i}]`;
    check(!seenRequirements.has(req.key), `${at}.key: duplicate key "${req.key}"`);
    seenRequirements.add(req.key);
    check(
      enterpriseKeys.has(req.org),
      `${at}.org: no enterprise organization with key "${req.org}"`,
    );
    check(
      tags.industries.has(req.industry),
      `${at}.industry: unknown industry slug "${req.industry}"`,
    );
    slugs(`${at}.capabilities`, req.capabilities, tags.capabilities, "capability");
  });
  return problems;
}
