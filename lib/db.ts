import "server-only";
import { appendFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { zhipeiDb?: PrismaClient };

/**
 * A client of the database. With PROFILE_QUERY_LOG set (`npm run bench:pages:profile`), every
 * query is appended to that file with its duration, one JSON line each.
 */
export function createDb(connectionString: string): PrismaClient {
  const logFile = process.env.PROFILE_QUERY_LOG;
  if (!logFile) return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) =>
    appendFileSync(
      logFile,
      JSON.stringify({ ms: event.duration, q: event.query, p: event.params }) + "\n",
    ),
  );
  return client;
}

function connectFromEnvironment(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database to use.");
  return createDb(url);
}

/** The one Prisma client of the process, created on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForDb.zhipeiDb ??= connectFromEnvironment();
    const value = Reflect.get(globalForDb.zhipeiDb, property);
    return typeof value === "function" ? value.bind(globalForDb.zhipeiDb) : value;
  },
});

/** Closes the process's client (scripts and tests call this before exiting). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.zhipeiDb?.$disconnect();
  globalForDb.zhipeiDb = undefined;
}

/**
 * Runs a query planned with sequential scans ruled out wherever an index can answer instead
 * (`SET LOCAL`, in a transaction of its own).
 */
export async function queryWithoutSeqScan<T>(query: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<T[]>(query),
  ]);
  return rows;
}
