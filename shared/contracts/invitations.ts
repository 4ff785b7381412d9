import { z } from "zod";
import { EmailSchema, PageQuerySchema, RoleSchema, RolesSchema, pageOf, requiredText } from "./common.ts";
import { PasswordSchema } from "./auth.ts";
import { invitationPolicy } from "#shared/policies/invitations.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";

export const InvitationStatusSchema = z.enum(["pending", "accepted", "revoked", "expired"]);

/** An invitation as events and the audit log keep it; answers add the caller's `permissions`. */
export const InvitationRecordSchema = z.object({
  id: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  status: InvitationStatusSchema,
  invitedBy: z.object({ id: z.string(), name: z.string() }),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type InvitationRecord = z.infer<typeof InvitationRecordSchema>;
export const InvitationSchema = InvitationRecordSchema.extend({ permissions: permissionsSchema(invitationPolicy) });
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationPageSchema = pageOf(InvitationSchema);

export const InvitationListQuerySchema = PageQuerySchema.extend({
  status: InvitationStatusSchema.optional(),
});

export const CreateInvitationSchema = z.strictObject({
  email: EmailSchema,
  roles: RolesSchema,
});
export type CreateInvitationInput = z.infer<typeof CreateInvitationSchema>;

/** Returned once, when the invitation is made: the link is the only way in. */
export const CreatedInvitationSchema = InvitationSchema.extend({ acceptUrl: z.string(), token: z.string() });

export const InvitationPreviewSchema = z.object({
  email: z.string(),
  workspace: z.object({ name: z.string(), slug: z.string() }),
  roles: z.array(RoleSchema),
  /** True when a person with this e-mail already has a Tandem sign-in. */
  existingUser: z.boolean(),
  expiresAt: z.string(),
});

export const TokenParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });

/** A new person gives a name and password; an existing one gives their password. */
export const AcceptInvitationSchema = z.strictObject({
  name: requiredText(80).optional(),
  password: PasswordSchema,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;
