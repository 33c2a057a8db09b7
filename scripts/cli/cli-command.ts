import type { ParseArgsConfig } from "node:util";

/** Where a command writes: results to `out` (stdout), logs and problems to `err` (stderr). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliCommand {
  /** One line shown in the usage text, e.g. `import <file.json>`. */
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Resolves to the process exit code. */
  run(positionals: string[], values: OptionValues, io: CliIo): Promise<number>;
}

/** Bad command-line input: exit code 2 with the usage text. */
export class CliUsageError extends Error {}

export const jsonOption = { json: { type: "boolean" } } as const;
export const limitOption = { limit: { type: "string" } } as const;

/** `--limit N` as a whole number from 1 to `max`. */
export function parseLimit(value: OptionValues["limit"], fallback: number, max = 100): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new CliUsageError(`--limit must be a whole number from 1 to ${max}, not "${value}"`);
  }
  return limit;
}

/** Exactly one JSON document on stdout, as the spec requires for `--json`. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
