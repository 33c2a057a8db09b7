import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { operator } from "../operator";
import { rankingCommand } from "./ranked-items";

/** The vendors that best fit a requirement, best first, with the reasons of each score. */
export const matchCommand = rankingCommand({
  name: "match",
  keyName: "requirement-key",
  empty: "no vendor fits this requirement",
  async rank(requirementKey, limit) {
    const { items } = await matchVendors(operator, { requirementKey, limit });
    return items.map(({ vendor, score, reasons }) => ({
      key: vendor.key ?? vendor.id,
      name: vendor.name,
      score,
      reasons,
    }));
  },
});
