import { z } from "zod";
import { IdSchema, MemberRefSchema, RoleSchema } from "./common.ts";

/** `not_required`: the service needs no certification to sell it. */
export const READINESS_STATES = ["certified", "expiring", "expired", "missing", "not_required"] as const;
export const ReadinessStateSchema = z.enum(READINESS_STATES);
export type ReadinessState = z.infer<typeof ReadinessStateSchema>;

/** Whether a state lets the member sell the service: certified, expiring (still valid) or not required. */
export const maySell = (state: ReadinessState) => state === "certified" || state === "expiring" || state === "not_required";

/** One cell of the matrix: a member and a service. */
export interface ReadinessCell {
  state: ReadinessState;
  expiresOn: string | null;
  /** Published cheat sheets linked to the service the member acknowledged in their current version. */
  sheetsAcknowledged: number;
}

export const ReadinessServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  certificationRequired: z.boolean(),
  /** Published cheat sheets linked to the service. */
  sheets: z.number(),
});

/**
 * A member's row. The cells are three parallel lists, one entry per service
 * in the order of `services` (a matrix of 100,000 cells stays a few MB):
 * the certification state, its expiry, and the linked sheets acknowledged.
 */
export const ReadinessRowSchema = z.object({
  member: MemberRefSchema,
  roles: z.array(RoleSchema),
  states: z.array(ReadinessStateSchema),
  expiresOn: z.array(z.string().nullable()),
  sheetsAcknowledged: z.array(z.number()),
  /** Services the member may sell (certified, expiring, or needing none) of those shown. */
  ready: z.number(),
});
export type ReadinessRow = z.infer<typeof ReadinessRowSchema>;

export const ReadinessCheckSchema = z.object({
  memberId: z.string(),
  serviceId: z.string(),
  state: ReadinessStateSchema,
  expiresOn: z.string().nullable(),
  /** Certified (or expiring, or no certification needed): the member may sell the service. */
  certified: z.boolean(),
});

export const ReadinessMatrixSchema = z.object({
  services: z.array(ReadinessServiceSchema),
  rows: z.array(ReadinessRowSchema),
  nextCursor: z.string().nullable(),
  /** Members matching the filters, over all pages. */
  total: z.number(),
  /** With `member` and `service` both given: whether that member may sell that service. */
  check: ReadinessCheckSchema.nullable(),
});
export type ReadinessMatrix = z.infer<typeof ReadinessMatrixSchema>;

const filters = {
  /** Members holding this role (default: reps and sales engineers). */
  role: RoleSchema.optional(),
  member: IdSchema.optional(),
  service: IdSchema.optional(),
  /** `readiness`: least ready first; `-readiness`: most ready first. */
  sort: z.enum(["name", "-name", "readiness", "-readiness"]).default("name"),
};

export const ReadinessQuerySchema = z.strictObject({
  ...filters,
  cursor: z.string().max(100).optional(),
  /** The matrix is meant to be seen whole: up to 2,000 members a page. */
  limit: z.coerce.number().int().min(1).max(2000).default(100),
});
export type ReadinessQuery = z.infer<typeof ReadinessQuerySchema>;

export const ReadinessExportQuerySchema = z.strictObject(filters);
export type ReadinessExportQuery = z.infer<typeof ReadinessExportQuerySchema>;

/** The cell of a row for the service at `index` of `services`. */
export const cellOf = (row: Pick<ReadinessRow, "states" | "expiresOn" | "sheetsAcknowledged">, index: number): ReadinessCell => ({
  state: row.states[index]!,
  expiresOn: row.expiresOn[index] ?? null,
  sheetsAcknowledged: row.sheetsAcknowledged[index] ?? 0,
});
