import { z } from "zod";

export const ROLES = ["admin", "pmo", "pm", "sales_manager", "rep", "se"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  pmo: "PMO lead",
  pm: "Project manager",
  sales_manager: "Sales manager",
  rep: "Sales rep",
  se: "Sales engineer",
};

export const RolesSchema = z
  .array(RoleSchema)
  .min(1, "Give at least one role.")
  .refine((roles) => new Set(roles).size === roles.length, "Each role once.");

export const IdSchema = z.uuid("Not a valid id.");
export const IdParamsSchema = z.strictObject({ id: IdSchema });

/** Trimmed text; control characters other than newline and tab are refused. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), "Contains control characters.");

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, "Required."));

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "At most 254 characters.")
  .pipe(z.email("Not a valid e-mail address."));

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export const IsoDateSchema = z.iso.date();

export const VersionSchema = z.number().int().min(1);

/** Cursor pagination shared by every list. */
export const PageQuerySchema = z.strictObject({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const MemberRefSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type MemberRef = z.infer<typeof MemberRefSchema>;

/** "PMO lead, Sales rep": roles as people read them. */
export const describeRoles = (roles: readonly Role[]): string => roles.map((role) => ROLE_LABELS[role]).join(", ");
