import { revalidatePath } from "next/cache";

/**
 * After a requirement changed state: the lists that show it (the market, the enterprise's
 * dashboard), its page and the admins' queues.
 */
export function revalidateRequirement(requirementId: string): void {
  revalidatePath("/");
  revalidatePath("/dashboard", "layout");
  revalidatePath(`/requirements/${requirementId}`);
  revalidatePath("/admin/requirements");
  revalidatePath("/admin/reports");
}

/** The requirement's page, announcing what was done (`done` names a moderation.done message). */
export const requirementDoneHref = (requirementId: string, done: string) =>
  `/requirements/${encodeURIComponent(requirementId)}?done=${done}`;
