import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A write refused by a unique constraint (two requests racing for the same email, say). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
