import { CAPABILITIES, type Capability } from "#shared/policies/capabilities.ts";
import { z } from "zod";
import { EmailSchema, RoleSchema, requiredText } from "./common.ts";

export const PasswordSchema = z
  .string()
  .min(10, "At least 10 characters.")
  .max(200, "At most 200 characters.");

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "At least 2 characters.")
  .max(40, "At most 40 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens only.");

export const SignUpSchema = z.strictObject({
  workspaceName: requiredText(80),
  workspaceSlug: SlugSchema,
  name: requiredText(80),
  email: EmailSchema,
  password: PasswordSchema,
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, "Required.").max(200),
  /** Which workspace to open; defaults to the first one the person belongs to. */
  workspaceSlug: SlugSchema.optional(),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const SwitchWorkspaceSchema = z.strictObject({ workspaceId: z.uuid() });

export const WorkspaceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  roles: z.array(RoleSchema),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;

export const SessionSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  member: z.object({ id: z.string(), roles: z.array(RoleSchema) }),
  workspace: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  workspaces: z.array(WorkspaceSummarySchema),
  /** What the member may create or open here, beyond reading (shared/policies/capabilities.ts). */
  capabilities: z.array(z.enum(CAPABILITIES as [Capability, ...Capability[]])),
  /** Send back as the X-CSRF-Token header on every write made with the session cookie. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const CreateWorkspaceSchema = z.strictObject({
  name: requiredText(80),
  slug: SlugSchema,
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceSchema>;

export const PasswordResetRequestSchema = z.strictObject({ email: EmailSchema });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

export const PasswordResetTokenParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });

/** What a reset link is for, so the page can say whose password it sets. */
export const PasswordResetPreviewSchema = z.object({ email: z.string(), expiresAt: z.string() });
export type PasswordResetPreview = z.infer<typeof PasswordResetPreviewSchema>;

export const CompletePasswordResetSchema = z.strictObject({ password: PasswordSchema });
export type CompletePasswordResetInput = z.infer<typeof CompletePasswordResetSchema>;

export const PasswordResetRequestedSchema = z.object({ detail: z.string() });
