import type { Tx } from "./seed-ids";

const DAY_MS = 24 * 60 * 60 * 1000;

interface RequirementDates {
  publishedAt: Date | null;
  questionDeadline: Date | null;
  deadline: Date | null;
}

const plusDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
const earlier = (a: Date, b: Date) => (a < b ? a : b);

/** The moment `fraction` of the way from `from` to `to`. */
function between(from: Date, to: Date, fraction: number): Date {
  return new Date(from.getTime() + (to.getTime() - from.getTime()) * fraction);
}

/**
 * When the demo's activity happened, derived from each requirement's own dates so that every
 * history is in order: proposals and questions after publication and before their deadlines
 * (and before now), scores after the deadline, the award after the scores, the contract after
 * the award, its completion after the signing; nothing after `now`.
 */
export class DemoTimeline {
  private readonly dates = new Map<string, RequirementDates>();
  private readonly tx: Tx;
  private readonly now: Date;

  constructor(tx: Tx, now: Date) {
    this.tx = tx;
    this.now = now;
  }

  /** The requirement's dates; one not set yet (a draft's) counts as now. */
  private async of(requirementId: string) {
    let dates = this.dates.get(requirementId);
    if (!dates) {
      dates = await this.tx.requirement.findUniqueOrThrow({
        where: { id: requirementId },
        select: { publishedAt: true, questionDeadline: true, deadline: true },
      });
      this.dates.set(requirementId, dates);
    }
    const publishedAt = dates.publishedAt ?? this.now;
    return { ...dates, publishedAt, deadline: dates.deadline ?? this.now };
  }

  /** The end of the window for bids: the proposal deadline, or now while it is open. */
  private async bidWindow(requirementId: string) {
    const { publishedAt, deadline } = await this.of(requirementId);
    return { from: publishedAt, to: earlier(deadline, this.now) };
  }

  async invitedAt(requirementId: string): Promise<Date> {
    const { from, to } = await this.bidWindow(requirementId);
    return between(from, to, 0.05);
  }

  /** The n-th proposal of a requirement, spread over the bidding window. */
  async proposalAt(requirementId: string, n: number): Promise<Date> {
    const { from, to } = await this.bidWindow(requirementId);
    return between(from, to, 0.3 + 0.15 * (n % 4));
  }

  async withdrawnAt(requirementId: string, submittedAt: Date): Promise<Date> {
    const { to } = await this.bidWindow(requirementId);
    return between(submittedAt, to, 0.5);
  }

  /** The n-th question of a requirement and its answer, before the question deadline. */
  async questionAt(requirementId: string, n: number): Promise<{ asked: Date; answered: Date }> {
    const { publishedAt, questionDeadline, deadline } = await this.of(requirementId);
    const to = earlier(questionDeadline ?? deadline, this.now);
    const asked = between(publishedAt, to, 0.1 + 0.1 * (n % 5));
    return { asked, answered: between(asked, to, 0.3) };
  }

  /** The enterprise's n-th addendum (补遗) of a requirement, in the question window. */
  async addendumAt(requirementId: string, n: number): Promise<Date> {
    const { publishedAt, questionDeadline, deadline } = await this.of(requirementId);
    return between(
      publishedAt,
      earlier(questionDeadline ?? deadline, this.now),
      0.5 + 0.1 * (n % 4),
    );
  }

  async scoredAt(requirementId: string): Promise<Date> {
    return plusDays((await this.of(requirementId)).deadline, 3);
  }

  async awardedAt(requirementId: string): Promise<Date> {
    return plusDays((await this.of(requirementId)).deadline, 14);
  }

  signedAt(awardedAt: Date): Date {
    return plusDays(awardedAt, 21);
  }

  completedAt(signedAt: Date): Date {
    return plusDays(signedAt, 90);
  }
}
