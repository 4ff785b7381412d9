import { z } from "zod";
import { memberPolicy } from "#shared/policies/members.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { PageQuerySchema, RoleSchema, RolesSchema, VersionSchema, pageOf, text } from "./common.ts";

export const MemberStatusSchema = z.enum(["active", "deactivated"]);

/** A member as events and the audit log keep it; answers add the caller's `permissions`. */
export const MemberRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  status: MemberStatusSchema,
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MemberRecord = z.infer<typeof MemberRecordSchema>;
export const MemberSchema = MemberRecordSchema.extend({ permissions: permissionsSchema(memberPolicy) });
export type Member = z.infer<typeof MemberSchema>;
export const MemberPageSchema = pageOf(MemberSchema);

export const MemberListQuerySchema = PageQuerySchema.extend({
  q: text(100).optional(),
  role: RoleSchema.optional(),
  status: MemberStatusSchema.optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt"]).default("name"),
});
export type MemberListQuery = z.infer<typeof MemberListQuerySchema>;

export const UpdateMemberSchema = z.strictObject({
  version: VersionSchema,
  roles: RolesSchema.optional(),
  status: MemberStatusSchema.optional(),
});
export type UpdateMemberInput = z.infer<typeof UpdateMemberSchema>;
