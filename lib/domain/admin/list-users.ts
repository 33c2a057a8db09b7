import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { listUsersSchema, type ListUsersInput } from "./list-users.schema";
import { offsetWindow } from "@/lib/paging/offset-page";
import { ADMIN_PAGE_SIZE } from "./admin-page-size";
import { parseInput } from "@/lib/validation/parse-input";

/** Admins: every user account, newest first, found by email or name, 50 a page. */
export async function listUsers(actor: Actor, input: ListUsersInput) {
  requireAdmin(actor);
  const filters = parseInput(listUsersSchema, input);
  const where: Prisma.UserWhereInput = {
    ...(filters.q
      ? {
          OR: [
            { email: { contains: filters.q, mode: "insensitive" } },
            { name: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const total = await db.user.count({ where });
  const { page, pageCount, skip, take } = offsetWindow(filters.page, total, ADMIN_PAGE_SIZE);
  const users = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      email: true,
      name: true,
      status: true,
      isAdmin: true,
      emailVerifiedAt: true,
      createdAt: true,
      membership: {
        select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
      },
    },
  });
  return { users, total, page, pageCount, filters: { ...filters, page } };
}

export type UserListPage = Awaited<ReturnType<typeof listUsers>>;
