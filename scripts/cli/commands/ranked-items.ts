import { printJson, type CliIo } from "../cli-command";

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
