import { capabilityCredit } from "./score-match";
import type { VendorFacts } from "./profiles";

export interface TeamCandidate {
  vendor: VendorFacts;
  /** The vendor's own match score for the requirement. */
  score: number;
}

export interface TeamMember {
  vendorId: string;
  /** The required capabilities this member is the team's best holder of. */
  brings: string[];
}

export interface Team {
  score: number;
  members: TeamMember[];
}

const POOL = 25;
const MAX_TEAMS = 3;
const SIZE_PENALTY = 0.05;

const covers = (vendor: VendorFacts, slug: string) => capabilityCredit(vendor, slug) > 0;

/**
 * Up to three teams of 2–3 vendors that together cover every required capability, when no one
 * vendor does (else none). A team's score is how strongly it covers them (shown in cases beats
 * claimed) and how well its members match otherwise, less a little for each extra member. Every
 * member must bring something no other member does.
 */
export function suggestTeams(required: readonly string[], candidates: TeamCandidate[]): Team[] {
  if (required.length < 2) return [];
  if (candidates.some((c) => required.every((slug) => covers(c.vendor, slug)))) return [];
  const pool = candidates
    .filter((c) => required.some((slug) => covers(c.vendor, slug)))
    .sort((a, b) => b.score - a.score || a.vendor.id.localeCompare(b.vendor.id))
    .slice(0, POOL);
  const teams: Team[] = [];
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const pair = teamOf(required, [pool[i]!, pool[j]!]);
      if (pair) teams.push(pair);
      for (let k = j + 1; k < pool.length; k++) {
        const triple = teamOf(required, [pool[i]!, pool[j]!, pool[k]!]);
        if (triple) teams.push(triple);
      }
    }
  }
  return teams.sort((a, b) => b.score - a.score).slice(0, MAX_TEAMS);
}

function teamOf(required: readonly string[], members: TeamCandidate[]): Team | null {
  const brings = new Map(members.map((m) => [m.vendor.id, [] as string[]]));
  let strength = 0;
  for (const slug of required) {
    let best: TeamCandidate | null = null;
    let bestCredit = 0;
    for (const member of members) {
      const credit = capabilityCredit(member.vendor, slug);
      if (credit > bestCredit) [best, bestCredit] = [member, credit];
    }
    if (!best) return null;
    strength += bestCredit;
    brings.get(best.vendor.id)!.push(slug);
  }
  if ([...brings.values()].some((slugs) => slugs.length === 0)) return null;
  const meanScore = members.reduce((sum, m) => sum + m.score, 0) / members.length;
  const score =
    0.6 * (strength / required.length) + 0.4 * meanScore - SIZE_PENALTY * (members.length - 2);
  return {
    score: Math.round(score * 10_000) / 10_000,
    members: members.map((m) => ({ vendorId: m.vendor.id, brings: brings.get(m.vendor.id)! })),
  };
}
