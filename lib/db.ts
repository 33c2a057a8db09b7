import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { zhipeiDb?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
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
