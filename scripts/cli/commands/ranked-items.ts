import {
  CliUsageError,
  jsonOption,
  limitOption,
  parseLimit,
  printJson,
  type CliCommand,
  type CliIo,
} from "../cli-command";

/** One ranked result as the spec's `--json` shape has it. */
export interface RankedItem {
  key: string;
  name: string;
  score: number;
  reasons: string[];
}

/** `{ "items": [...] }` with `--json`; otherwise a numbered list with the reasons beneath. */
export function printRanked(io: CliIo, items: RankedItem[], json: boolean, empty: string) {
  if (json) {
    printJson(io, { items });
    return;
  }
  if (items.length === 0) io.out(`${empty}\n`);
  for (const [rank, item] of items.entries()) {
    io.out(`${rank + 1}. ${item.name}  [${item.key}]  score ${item.score.toFixed(4)}\n`);
    for (const reason of item.reasons) io.out(`     ${reason}\n`);
  }
}

/**
 * A command that ranks things for one key (`match <requirement-key>`, `recommend <vendor-key>`):
 * the arguments, `--limit` (10 by default) and `--json` read alike, the results printed alike.
 */
export function rankingCommand(spec: {
  name: string;
  keyName: string;
  empty: string;
  rank: (key: string, limit: number) => Promise<RankedItem[]>;
}): CliCommand {
  return {
    usage: `${spec.name} <${spec.keyName}> [--limit N] [--json]`,
    options: { ...jsonOption, ...limitOption },
    async run([key, ...extra], values, io) {
      if (key === undefined || extra.length > 0) {
        throw new CliUsageError(`${spec.name} takes exactly one ${spec.keyName.replace("-", " ")}`);
      }
      const ranked = await spec.rank(key, parseLimit(values.limit, 10));
      printRanked(io, ranked, Boolean(values.json), spec.empty);
      return 0;
    },
  };
}
