import { z } from "zod";
import { PageQuerySchema, pageOf } from "./common.ts";

export const NOTIFICATION_CHANNELS = ["in_app", "email", "digest", "off"] as const;
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

export const NOTIFICATION_CHANNEL_LABELS: Record<NotificationChannel, string> = {
  in_app: "In the app",
  email: "In the app and by e-mail",
  digest: "In the app and in the daily digest",
  off: "Off",
};

/** Every kind of notification; later features add theirs here. */
export const NOTIFICATION_KINDS = {
  "catalog.changed": {
    label: "Service catalog changes",
    description: "A service in the catalog was added or changed by someone else.",
    defaultChannel: "in_app",
  },
  "cheatsheet.published": {
    label: "New and updated cheat sheets",
    description: "A cheat sheet was published or updated: read it and acknowledge it.",
    defaultChannel: "in_app",
  },
  "cheatsheet.review": {
    label: "Cheat sheet reviews",
    description: "A sheet awaits your review, or your draft was approved or sent back.",
    defaultChannel: "in_app",
  },
  "cheatsheet.stale": {
    label: "Cheat sheets to re-verify",
    description: "A sheet you own passed its verification date.",
    defaultChannel: "email",
  },
  "training.certification": {
    label: "Certifications",
    description: "You earned or renewed a certification, or one is about to expire; for sales managers, a rep's expired.",
    defaultChannel: "email",
  },
  "training.course": {
    label: "Courses",
    description: "You were enrolled in a course, or one is overdue; for sales managers, who is behind.",
    defaultChannel: "in_app",
  },
  "account.roles_changed": {
    label: "Your roles",
    description: "An admin changed your roles in the workspace.",
    defaultChannel: "email",
  },
} as const satisfies Record<string, { label: string; description: string; defaultChannel: NotificationChannel }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NotificationKindSchema = z.enum(Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]]);

export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path in the app, e.g. `/services/<id>`. */
  link: z.string(),
  eventId: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;
export const NotificationPageSchema = pageOf(NotificationSchema);

export const NotificationListQuerySchema = PageQuerySchema.extend({
  unread: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

export const UnreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

/** What the stream sends with `event: notification`. */
export const NotificationStreamEventSchema = z.object({ notification: NotificationSchema, unread: z.number().int() });
export type NotificationStreamEvent = z.infer<typeof NotificationStreamEventSchema>;

export const NotificationPreferenceSchema = z.object({
  kind: NotificationKindSchema,
  label: z.string(),
  description: z.string(),
  channel: NotificationChannelSchema,
  defaultChannel: NotificationChannelSchema,
});
export type NotificationPreference = z.infer<typeof NotificationPreferenceSchema>;
export const NotificationPreferenceListSchema = z.object({ items: z.array(NotificationPreferenceSchema) });

export const UpdateNotificationPreferencesSchema = z.strictObject({
  preferences: z
    .array(z.strictObject({ kind: NotificationKindSchema, channel: NotificationChannelSchema }))
    .min(1, "Give at least one preference.")
    .refine((items) => new Set(items.map((item) => item.kind)).size === items.length, "Each kind once."),
});
export type UpdateNotificationPreferencesInput = z.infer<typeof UpdateNotificationPreferencesSchema>;
