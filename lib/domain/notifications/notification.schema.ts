import { z } from "zod";
import { pageParam } from "@/lib/http/url-params";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const listNotificationsSchema = z.object({
  /** From 1; a page past the last shows the last. */
  page: pageParam(),
  pageSize: z.number().int().min(1).max(100).default(NOTIFICATIONS_PAGE_SIZE),
});

/** One of the actor's notifications. */
export const notificationTargetSchema = z.object({
  notificationId: z.string().trim().min(1).max(100),
});

export type NotificationTarget = z.input<typeof notificationTargetSchema>;
