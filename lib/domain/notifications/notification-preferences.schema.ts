import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

/** Where a type's notices go: both channels, one of them, or nowhere. */
export const CHANNEL_CHOICES = ["both", "inApp", "email", "off"] as const;
export type ChannelChoice = (typeof CHANNEL_CHOICES)[number];

/** A vendor's email rhythm for matching requirements and saved-search hits; NONE is one mail each. */
export const DIGEST_CHOICES = ["NONE", "DAILY", "WEEKLY"] as const;
export type DigestChoice = (typeof DIGEST_CHOICES)[number];

export const updateNotificationPreferencesSchema = z.object({
  preferences: z
    .array(
      z.object({
        type: z.string().trim().min(1).max(100),
        channel: z.enum(CHANNEL_CHOICES, { error: errorKey("choose") }),
      }),
    )
    .max(100)
    .default([]),
  /** Only vendor members choose one; left out, the current choice stays. */
  digest: z.enum(DIGEST_CHOICES, { error: errorKey("choose") }).optional(),
});

export type UpdateNotificationPreferences = z.input<typeof updateNotificationPreferencesSchema>;

export const unsubscribeSchema = z.object({ token: z.string().trim().min(1).max(1000) });

export function channelChoice(channels: { inApp: boolean; email: boolean }): ChannelChoice {
  if (channels.inApp && channels.email) return "both";
  if (channels.inApp) return "inApp";
  return channels.email ? "email" : "off";
}

export const channelsOfChoice = (choice: ChannelChoice) => ({
  inApp: choice === "both" || choice === "inApp",
  email: choice === "both" || choice === "email",
});
