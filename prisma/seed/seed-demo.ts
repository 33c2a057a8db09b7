import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { importMarketplace } from "@/lib/domain/marketplace-import/import-marketplace";
import { seedAccounts, seedBookmarks } from "./activity/seed-accounts";
import { seedBids } from "./activity/seed-bids";
import { seedQuestions } from "./activity/seed-questions";
import { DemoTimeline } from "./activity/demo-timeline";
import { seedEvaluation } from "./activity/seed-evaluation";
import { seedNotifications } from "./activity/seed-notifications";
import { SeedIds, type Tx } from "./activity/seed-ids";
import { demoActivitySchema, type DemoActivity } from "./demo-activity.schema";
import { daysSinceDemoData, shiftRequirementDates } from "./demo-dates";

export const DEMO_PASSWORD = "Demo@2026";
export const DEMO_ACCOUNTS = [
  { email: "admin@zhipei.demo", role: "平台管理员 / platform admin" },
  { email: "csg@zhipei.demo", role: "南方电网数字电网集团 owner (enterprise)" },
  { email: "damo@zhipei.demo", role: "达摩院决策智能实验室 owner (vendor)" },
] as const;

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(dataDir, name), "utf8"));

/**
 * Seeds the demo marketplace once: the import file through the same use case the CLI runs, then
 * the demo accounts and their activity, with every date moved to `now` (demo-dates.ts). Returns
 * false when the demo data is already there.
 */
export async function seedDemo(now: Date = new Date()): Promise<boolean> {
  if (
    await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } })
  ) {
    return false;
  }
  const marketplace = shiftRequirementDates(readJson("marketplace.json"), daysSinceDemoData(now));
  await importMarketplace({ kind: "system", name: "seed" }, marketplace);
  const activity = demoActivitySchema.parse(readJson("demo-activity.json"));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction((tx) => seedActivity(tx, activity, passwordHash, now), {
    timeout: 120_000,
  });
  return true;
}

async function seedActivity(
  tx: Tx,
  activity: DemoActivity,
  passwordHash: string,
  now: Date,
): Promise<void> {
  const ids = await SeedIds.load(tx, activity.users);
  const timeline = new DemoTimeline(tx, now);
  await seedAccounts(tx, ids, activity, passwordHash);
  await seedBids(tx, ids, activity, timeline);
  await seedQuestions(tx, ids, activity, timeline);
  await seedEvaluation(tx, ids, activity, timeline);
  await seedBookmarks(tx, ids, activity.bookmarks);
  await seedNotifications(tx);
}
