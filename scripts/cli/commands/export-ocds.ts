import { writeFile } from "node:fs/promises";
import { buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { CliUsageError, printJson, type CliCommand } from "../cli-command";

/** The OCDS release package of every public requirement published and later. */
export const exportOcdsCommand: CliCommand = {
  usage: "export-ocds [--out file.json]",
  options: { out: { type: "string" } },
  async run(positionals, values, io) {
    if (positionals.length > 0) throw new CliUsageError("export-ocds takes no arguments");
    const releasePackage = await buildReleasePackage();
    if (typeof values.out !== "string") {
      printJson(io, releasePackage);
      return 0;
    }
    await writeFile(values.out, `${JSON.stringify(releasePackage, null, 2)}\n`);
    io.err(`wrote ${releasePackage.releases.length} releases to ${values.out}\n`);
    return 0;
  },
};
