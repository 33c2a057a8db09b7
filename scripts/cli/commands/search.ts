import { tagLabel } from "@/lib/taxonomy";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import type { RequirementSearchItem } from "@/lib/domain/requirements/search/search-requirements";
import {
  CliUsageError,
  jsonOption,
  limitOption,
  parseLimit,
  printJson,
  type CliCommand,
} from "../cli-command";
import { operator } from "../operator";

const matchedText = (segments: { text: string; match: boolean }[]) =>
  segments.filter((s) => s.match).map((s) => s.text);

/** Why a requirement matched, in words an operator reads at a glance. */
function reasons(item: RequirementSearchItem): string[] {
  const { title, summary, tags } = item.highlights;
  const found: string[] = [];
  const inTitle = matchedText(title);
  const inSummary = matchedText(summary);
  if (inTitle.length) found.push(`title matches ${[...new Set(inTitle)].join(", ")}`);
  if (inSummary.length) found.push(`summary matches ${[...new Set(inSummary)].join(", ")}`);
  for (const slug of tags) found.push(`tagged ${slug} (${tagLabel(slug, "zh-CN")})`);
  return found;
}

/**
 * Open requirements matching a query (words, or a whole project number), best first, as the REST
 * API and the pages find them.
 */
export const searchCommand: CliCommand = {
  usage: 'search "<query>" [--industry S] [--capability S] [--limit N] [--json]',
  options: {
    ...jsonOption,
    ...limitOption,
    industry: { type: "string" },
    capability: { type: "string" },
  },
  async run([query, ...extra], values, io) {
    if (query === undefined || extra.length > 0) {
      throw new CliUsageError("search takes exactly one query (quote it when it has spaces)");
    }
    const page = await searchRequirements(operator, {
      q: query,
      industry: values.industry as string | undefined,
      capability: values.capability as string | undefined,
      limit: String(parseLimit(values.limit, 10, 50)),
    });
    const items = page.items.map((item) => ({
      key: item.key ?? item.id,
      projectNumber: item.projectNumber,
      name: item.title,
      score: item.score,
      reasons: reasons(item),
    }));
    if (values.json) {
      printJson(io, { items });
      return 0;
    }
    if (items.length === 0) io.out("no open requirement matches\n");
    for (const [rank, item] of items.entries()) {
      const score = item.score === null ? "" : `  score ${item.score.toFixed(4)}`;
      const number = item.projectNumber ? ` ${item.projectNumber}` : "";
      io.out(`${rank + 1}. ${item.name}  [${item.key}]${number}${score}\n`);
      for (const reason of item.reasons) io.out(`     ${reason}\n`);
    }
    return 0;
  },
};
