import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * What the page's frame reads of the signed-in user (the header's name and organization, the
 * preferred language): one query per page render, however many parts ask.
 */
export const signedInUserRow = cache((userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      locale: true,
      membership: { select: { organization: { select: { id: true, name: true, kind: true } } } },
    },
  }),
);
