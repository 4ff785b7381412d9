import { z } from "zod";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { settingsPolicy } from "#shared/policies/settings.ts";
import { ClarityThresholdsSchema, DEFAULT_CLARITY_THRESHOLDS } from "./clarity.ts";
import { VersionSchema } from "./common.ts";

/** Training's clocks: when a certification shows as expiring, and how long a new rep or SE has for the onboarding course. */
export const TrainingSettingsSchema = z.strictObject({
  expiringDays: z.number().int().min(1, "At least 1 day.").max(90, "At most 90 days."),
  onboardingDueDays: z.number().int().min(1, "At least 1 day.").max(180, "At most 180 days."),
});
export type TrainingSettings = z.infer<typeof TrainingSettingsSchema>;

/** Workspace settings an admin changes; each has a safe default. */
export const SettingsValuesSchema = z.strictObject({
  /** Webhooks may call private and loopback addresses (an intranet receiver). Off: SSRF protection. */
  allowPrivateWebhookTargets: z.boolean(),
  /** The clarity check's limits for cheat sheets; publishing past one needs the reviewer to accept the exception. */
  clarity: ClarityThresholdsSchema,
  /** A session unused this long ends (beside its absolute end, SESSION_DAYS); 15 minutes to 30 days. */
  sessionIdleMinutes: z.number().int().min(15, "At least 15 minutes.").max(43_200, "At most 30 days."),
  training: TrainingSettingsSchema,
});
export type SettingsValues = z.infer<typeof SettingsValuesSchema>;

export const DEFAULT_SETTINGS: SettingsValues = {
  allowPrivateWebhookTargets: false,
  clarity: DEFAULT_CLARITY_THRESHOLDS,
  // Three days: someone who uses Tandem every working day stays signed in over a weekend.
  sessionIdleMinutes: 3 * 24 * 60,
  training: { expiringDays: 30, onboardingDueDays: 14 },
};

/** The settings as stored and as other modules read them; answers add the caller's `permissions`. */
export const SettingsRecordSchema = SettingsValuesSchema.extend({ version: z.number(), updatedAt: z.string().nullable() });
export type SettingsRecord = z.infer<typeof SettingsRecordSchema>;
export const SettingsSchema = SettingsRecordSchema.extend({ permissions: permissionsSchema(settingsPolicy) });
export type Settings = z.infer<typeof SettingsSchema>;

export const UpdateSettingsSchema = SettingsValuesSchema.partial().extend({ version: VersionSchema });
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsSchema>;
