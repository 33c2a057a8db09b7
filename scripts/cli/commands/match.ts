import { matchVendors } from "@/lib/domain/matching/match-vendors";
import {
  CliUsageError,
  jsonOption,
  limitOption,
  parseLimit,
  type CliCommand,
} from "../cli-command";
import { operator } from "../operator";
import { printRanked } from "./ranked-items";

/** The vendors that best fit a requirement, best first, with the reasons of each score. */
export const matchCommand: CliCommand = {
  usage: "match <requirement-key> [--limit N] [--json]",
  options: { ...jsonOption, ...limitOption },
  async run([requirementKey, ...extra], values, io) {
    if (requirementKey === undefined || extra.length > 0) {
      throw new CliUsageError("match takes exactly one requirement key");
    }
    const { items } = await matchVendors(operator, {
      requirementKey,
      limit: parseLimit(values.limit, 10),
    });
    const ranked = items.map(({ vendor, score, reasons }) => ({
      key: vendor.key ?? vendor.id,
      name: vendor.name,
      score,
      reasons,
    }));
    printRanked(io, ranked, Boolean(values.json), "no vendor fits this requirement");
    return 0;
  },
};
