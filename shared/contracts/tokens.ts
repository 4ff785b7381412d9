import { z } from "zod";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { apiTokenPolicy } from "#shared/policies/tokens.ts";
import { IsoDateSchema, PageQuerySchema, pageOf, requiredText } from "./common.ts";

/** A token as the audit log keeps it; answers add the caller's `permissions`. */
export const ApiTokenRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiTokenRecord = z.infer<typeof ApiTokenRecordSchema>;
export const ApiTokenSchema = ApiTokenRecordSchema.extend({ permissions: permissionsSchema(apiTokenPolicy) });
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokenPageSchema = pageOf(ApiTokenSchema);
export const ApiTokenListQuerySchema = PageQuerySchema;

export const CreateApiTokenSchema = z.strictObject({
  name: requiredText(80),
  /** Last day the token works (UTC); omit for a token that does not expire. */
  expiresOn: IsoDateSchema.optional(),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;

/** The secret is shown once, at creation. */
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string() });
