import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import {
  CliUsageError,
  jsonOption,
  limitOption,
  parseLimit,
  type CliCommand,
} from "../cli-command";
import { operator } from "../operator";
import { printRanked } from "./ranked-items";

/** The open requirements that best fit a vendor, best first, with the reasons of each score. */
export const recommendCommand: CliCommand = {
  usage: "recommend <vendor-key> [--limit N] [--json]",
  options: { ...jsonOption, ...limitOption },
  async run([vendorKey, ...extra], values, io) {
    if (vendorKey === undefined || extra.length > 0) {
      throw new CliUsageError("recommend takes exactly one vendor key");
    }
    const { items } = await recommendRequirements(operator, {
      vendorKey,
      limit: parseLimit(values.limit, 10),
    });
    const ranked = items.map(({ requirement, score, reasons }) => ({
      key: requirement.key ?? requirement.id,
      name: requirement.title,
      score,
      reasons,
    }));
    printRanked(io, ranked, Boolean(values.json), "no open requirement fits this vendor");
    return 0;
  },
};
