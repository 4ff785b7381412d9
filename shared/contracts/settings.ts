import { z } from "zod";
import { VersionSchema } from "./common.ts";

/** Workspace settings an admin changes; each has a safe default. */
export const SettingsValuesSchema = z.strictObject({
  /** Webhooks may call private and loopback addresses (an intranet receiver). Off: SSRF protection. */
  allowPrivateWebhookTargets: z.boolean(),
});
export type SettingsValues = z.infer<typeof SettingsValuesSchema>;

export const DEFAULT_SETTINGS: SettingsValues = { allowPrivateWebhookTargets: false };

export const SettingsSchema = SettingsValuesSchema.extend({ version: z.number(), updatedAt: z.string().nullable() });
export type Settings = z.infer<typeof SettingsSchema>;

export const UpdateSettingsSchema = SettingsValuesSchema.partial().extend({ version: VersionSchema });
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsSchema>;
