import type { MemberRole, OrganizationKind } from "@/lib/generated/prisma/enums";

/** Who is asking. Every lib/domain function takes one and decides what it may do. */
export type Actor =
  | { kind: "visitor" }
  | {
      kind: "user";
      userId: string;
      isAdmin: boolean;
      orgId: string | null;
      orgKind: OrganizationKind | null;
      orgRole: MemberRole | null;
    }
  /** Operators and jobs acting for the platform (CLI import, deadline job). */
  | { kind: "system"; name: "cli" | "job" | "seed" };

export const visitor: Actor = { kind: "visitor" };
