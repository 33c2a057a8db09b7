import { parseArgs } from "node:util";
import { DomainError } from "@/lib/domain/errors";
import { CliUsageError, type CliCommand, type CliIo, type OptionValues } from "./cli-command";
import { exportOcdsCommand } from "./commands/export-ocds";
import { importCommand } from "./commands/import";
import { matchCommand } from "./commands/match";
import { recommendCommand } from "./commands/recommend";
import { searchCommand } from "./commands/search";

const commands: Record<string, CliCommand> = {
  "export-ocds": exportOcdsCommand,
  import: importCommand,
  match: matchCommand,
  recommend: recommendCommand,
  search: searchCommand,
};

function usage(): string {
  const lines = Object.values(commands).map((command) => `  npm run cli -- ${command.usage}`);
  return `usage:\n${lines.join("\n")}\n`;
}

function oneLine(error: unknown): string {
  const fields = error instanceof DomainError ? Object.entries(error.fieldErrors ?? {}) : [];
  if (fields.length > 0)
    return fields.map(([field, keys]) => `${field}: ${keys.join(", ")}`).join("; ");
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/**
 * Runs one CLI command against the database in DATABASE_URL and resolves to the exit code:
 * 0 done, 1 refused by the marketplace (a one-line message names the problem), 2 bad usage.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(`${name ? `unknown command "${name}"\n` : ""}${usage()}`);
    return 2;
  }
  try {
    const { positionals, values } = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return await command.run(positionals, values as OptionValues, io);
  } catch (error) {
    if (error instanceof DomainError) {
      io.err(`error: ${oneLine(error)}\n`);
      return 1;
    }
    if (
      error instanceof CliUsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      io.err(`error: ${oneLine(error)}\nusage: npm run cli -- ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
