import type { ColumnType } from "kysely";

/**
 * Table types for Kysely. Timestamps are UTC ISO-8601 text, JSON is stored as
 * text (parsed in repositories), money is integer minor units: the same
 * columns behave the same on SQLite and PostgreSQL.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
}

export interface MembersTable {
  id: string;
  workspace_id: string;
  user_id: string;
  /** JSON array of role keys. */
  roles: string;
  status: "active" | "deactivated";
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is only in the cookie. */
  id: string;
  user_id: string;
  workspace_id: string;
  created_at: string;
  expires_at: string;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  roles: string;
  token_hash: string;
  invited_by_member_id: string;
  status: "pending" | "accepted" | "revoked";
  expires_at: string;
  accepted_at: string | null;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  member_id: string;
  name: string;
  token_hash: string;
  /** First characters of the token, shown so people can tell tokens apart. */
  prefix: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface ServicesTable {
  id: string;
  workspace_id: string;
  name: string;
  summary: string;
  description: string;
  duration_min_weeks: number;
  duration_max_weeks: number;
  lead_time_weeks: number;
  /** JSON: EstimationTemplate from #shared/contracts/services.ts */
  estimation_template: string;
  currency: string;
  /** JSON: RateCard entries from #shared/contracts/services.ts */
  rate_card: string;
  /** Derived from template and rate card on write; prices in minor units. */
  effort_min_days: number;
  effort_max_days: number;
  /** PostgreSQL returns bigint as text: repositories convert with Number(). */
  price_min: ColumnType<number | string, number, number>;
  price_max: ColumnType<number | string, number, number>;
  owner_member_id: string | null;
  status: "active" | "retired";
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AuditEntriesTable {
  id: string;
  workspace_id: string;
  actor_member_id: string | null;
  actor_name: string;
  action: "create" | "update" | "delete";
  record_type: string;
  record_id: string;
  summary: string;
  /** JSON snapshots; null where there is no before (create) or after (delete). */
  before: string | null;
  after: string | null;
  at: string;
}

export interface Database {
  users: UsersTable;
  workspaces: WorkspacesTable;
  members: MembersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  services: ServicesTable;
  audit_entries: AuditEntriesTable;
}

