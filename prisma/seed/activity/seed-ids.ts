import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoActivity } from "../demo-activity.schema";

export type Tx = Prisma.TransactionClient;

const keyedRows = { where: { key: { not: null } }, select: { id: true, key: true } } as const;

/**
 * Resolves what demo-activity.json refers to by key (organizations, requirements), by email
 * (users) or by requirement and vendor (proposals) to the ids of the rows seeded so far.
 */
export class SeedIds {
  private readonly orgs: Map<string, string>;
  private readonly requirements: Map<string, string>;
  private readonly members: DemoActivity["users"];
  private readonly users = new Map<string, string>();
  private readonly proposals = new Map<string, string>();

  private constructor(
    orgs: Map<string, string>,
    requirements: Map<string, string>,
    members: DemoActivity["users"],
  ) {
    this.orgs = orgs;
    this.requirements = requirements;
    this.members = members;
  }

  /** Loads the organizations and requirements that marketplace.json imported. */
  static async load(tx: Tx, members: DemoActivity["users"]): Promise<SeedIds> {
    const orgs = idsByKey(await tx.organization.findMany(keyedRows));
    const requirements = idsByKey(await tx.requirement.findMany(keyedRows));
    return new SeedIds(orgs, requirements, members);
  }

  org(key: string): string {
    return resolve(this.orgs, key, "organization");
  }

  requirement(key: string): string {
    return resolve(this.requirements, key, "requirement");
  }

  user(email: string): string {
    return resolve(this.users, email, "user");
  }

  proposal(requirement: string, vendor: string): string {
    return resolve(this.proposals, proposalKey(requirement, vendor), "proposal");
  }

  /** The user acting for an organization: its first OWNER in demo-activity.json. */
  ownerOf(orgKey: string): string {
    return this.user(this.members.find((u) => u.org === orgKey && u.role === "OWNER")!.email);
  }

  addUser(email: string, id: string): void {
    this.users.set(email, id);
  }

  addProposal(requirement: string, vendor: string, id: string): void {
    this.proposals.set(proposalKey(requirement, vendor), id);
  }
}

const proposalKey = (requirement: string, vendor: string) => `${requirement}/${vendor}`;

function resolve(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo-activity.json: unknown ${what} "${key}"`);
  return id;
}

function idsByKey(rows: { id: string; key: string | null }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.key!, row.id]));
}
