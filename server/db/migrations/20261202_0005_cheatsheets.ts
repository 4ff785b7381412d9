import { sql, type Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations. The sheet row holds the
// working copy; each publication is an immutable row of cheat_sheet_versions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("glossary_terms")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("term", "text", (c) => c.notNull())
    // The term folded to lower case, for a case-insensitive alphabetical list (SQLite folds ASCII only).
    .addColumn("sort_key", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    // JSON array of strings.
    .addColumn("synonyms", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await sql`create unique index glossary_terms_workspace_lower_term_idx on glossary_terms (workspace_id, lower(term))`.execute(db);
  await db.schema.createIndex("glossary_terms_list_idx").on("glossary_terms").columns(["workspace_id", "sort_key", "id"]).execute();

  await db.schema
    .createTable("cheat_sheets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    // The working copy: what writers edit; readers see the published version.
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("pitch", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("owner_member_id", "text", (c) => c.references("members.id"))
    // Whoever started the current draft; a pm may not review their own.
    .addColumn("draft_author_member_id", "text", (c) => c.references("members.id"))
    // draft | in_review (never published yet) | published | archived
    .addColumn("status", "text", (c) => c.notNull())
    // null, or draft | in_review: the working copy of the next version of a published sheet.
    .addColumn("draft_status", "text")
    .addColumn("published_version", "integer")
    .addColumn("published_at", "text")
    .addColumn("verification_interval_days", "integer", (c) => c.notNull())
    .addColumn("verified_at", "text")
    .addColumn("verified_by_member_id", "text", (c) => c.references("members.id"))
    // verified_at + interval: past it, the sheet is stale.
    .addColumn("verify_due_at", "text")
    .addColumn("stale_notified_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("cheat_sheets_list_idx").on("cheat_sheets").columns(["workspace_id", "status", "title", "id"]).execute();
  await db.schema.createIndex("cheat_sheets_due_idx").on("cheat_sheets").columns(["status", "verify_due_at"]).execute();

  await db.schema
    .createTable("cheat_sheet_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("sheet_id", "text", (c) => c.notNull().references("cheat_sheets.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("pitch", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    // JSON arrays of ids, as linked when published.
    .addColumn("service_ids", "text", (c) => c.notNull())
    .addColumn("term_ids", "text", (c) => c.notNull())
    .addColumn("author_member_id", "text", (c) => c.references("members.id"))
    .addColumn("reviewer_member_id", "text", (c) => c.references("members.id"))
    .addColumn("review_comment", "text", (c) => c.notNull())
    // JSON: the clarity findings the reviewer accepted, or null when it passed.
    .addColumn("clarity_exception", "text")
    .addColumn("published_at", "text", (c) => c.notNull())
    .addUniqueConstraint("cheat_sheet_versions_number_unique", ["sheet_id", "number"])
    .execute();

  // Services and glossary terms a sheet links; `copy` tells the working copy's links from the published one's.
  await db.schema
    .createTable("cheat_sheet_links")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("sheet_id", "text", (c) => c.notNull().references("cheat_sheets.id"))
    .addColumn("copy", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("cheat_sheet_links_pk", ["sheet_id", "copy", "target_type", "target_id"])
    .execute();
  // "Sheets of this service" and "sheets using this term".
  await db.schema
    .createIndex("cheat_sheet_links_target_idx")
    .on("cheat_sheet_links")
    .columns(["workspace_id", "target_type", "target_id", "copy"])
    .execute();

  await db.schema
    .createTable("cheat_sheet_reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("sheet_id", "text", (c) => c.notNull().references("cheat_sheets.id"))
    // submitted | approved | changes_requested | withdrawn | verified | archived | restored
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("member_id", "text", (c) => c.references("members.id"))
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("version_number", "integer")
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("cheat_sheet_reviews_sheet_idx").on("cheat_sheet_reviews").columns(["sheet_id", "at"]).execute();

  // The last version each member opened (read receipts) …
  await db.schema
    .createTable("cheat_sheet_reads")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("sheet_id", "text", (c) => c.notNull().references("cheat_sheets.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("version_number", "integer", (c) => c.notNull())
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("cheat_sheet_reads_pk", ["sheet_id", "member_id"])
    .execute();
  await db.schema.createIndex("cheat_sheet_reads_member_idx").on("cheat_sheet_reads").columns(["workspace_id", "member_id"]).execute();

  // … and every version each member acknowledged ("I've read this").
  await db.schema
    .createTable("cheat_sheet_acknowledgements")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("sheet_id", "text", (c) => c.notNull().references("cheat_sheets.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("version_number", "integer", (c) => c.notNull())
    .addColumn("acknowledged_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("cheat_sheet_acknowledgements_pk", ["sheet_id", "member_id", "version_number"])
    .execute();
  await db.schema
    .createIndex("cheat_sheet_acknowledgements_member_idx")
    .on("cheat_sheet_acknowledgements")
    .columns(["workspace_id", "member_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "cheat_sheet_acknowledgements",
    "cheat_sheet_reads",
    "cheat_sheet_reviews",
    "cheat_sheet_links",
    "cheat_sheet_versions",
    "cheat_sheets",
    "glossary_terms",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
