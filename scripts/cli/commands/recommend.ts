import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import { operator } from "../operator";
import { rankingCommand } from "./ranked-items";

/** The open requirements that best fit a vendor, best first, with the reasons of each score. */
export const recommendCommand = rankingCommand({
  name: "recommend",
  keyName: "vendor-key",
  empty: "no open requirement fits this vendor",
  async rank(vendorKey, limit) {
    const { items } = await recommendRequirements(operator, { vendorKey, limit });
    return items.map(({ requirement, score, reasons }) => ({
      key: requirement.key ?? requirement.id,
      name: requirement.title,
      score,
      reasons,
    }));
  },
});
