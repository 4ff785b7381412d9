import { z } from "zod";
import { ClarityThresholdsSchema, DEFAULT_CLARITY_THRESHOLDS } from "./clarity.ts";
import { VersionSchema } from "./common.ts";

/** Workspace settings an admin changes; each has a safe default. */
export const SettingsValuesSchema = z.strictObject({
  /** Webhooks may call private and loopback addresses (an intranet receiver). Off: SSRF protection. */
  allowPrivateWebhookTargets: z.boolean(),
  /** The clarity check's limits for cheat sheets; publishing past one needs the reviewer to accept the exception. */
  clarity: ClarityThresholdsSchema,
});
export type SettingsValues = z.infer<typeof SettingsValuesSchema>;

export const DEFAULT_SETTINGS: SettingsValues = { allowPrivateWebhookTargets: false, clarity: DEFAULT_CLARITY_THRESHOLDS };

export const SettingsSchema = SettingsValuesSchema.extend({ version: z.number(), updatedAt: z.string().nullable() });
export type Settings = z.infer<typeof SettingsSchema>;

export const UpdateSettingsSchema = SettingsValuesSchema.partial().extend({ version: VersionSchema });
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsSchema>;
