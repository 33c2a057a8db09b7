import { readFile } from "node:fs/promises";
import { importMarketplace } from "@/lib/domain/marketplace-import/import-marketplace";
import { CliUsageError, jsonOption, printJson, type CliCommand } from "../cli-command";
import { operator } from "../operator";

async function readImportFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliUsageError(`cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Upserts organizations, vendors and requirements by key, in one transaction. */
export const importCommand: CliCommand = {
  usage: "import <file.json> [--json]",
  options: jsonOption,
  async run([file, ...extra], values, io) {
    if (!file || extra.length > 0) throw new CliUsageError("import takes exactly one file");
    const summary = await importMarketplace(operator, await readImportFile(file));
    if (values.json) {
      printJson(io, summary);
    } else {
      const { organizations: o, requirements: r } = summary;
      io.out(
        `imported ${file}: organizations ${o.created} created, ${o.updated} updated; ` +
          `requirements ${r.created} created, ${r.updated} updated\n`,
      );
    }
    return 0;
  },
};
