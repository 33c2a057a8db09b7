import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

/** SQL: the words on `lines` of the searchText column, space-separated (text-lines.ts). */
export function searchTextWordsSql(lines: readonly number[]): Prisma.Sql {
  return Prisma.raw(
    lines.map((line) => `split_part("searchText", chr(10), ${Number(line)})`).join(" || ' ' || "),
  );
}
