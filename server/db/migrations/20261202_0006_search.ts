import { PostgresAdapter, sql, type Kysely } from "kysely";

/**
 * The search index behind server/kernel/search. This is the one migration
 * that branches on the dialect: full-text search has no portable SQL. SQLite
 * gets an FTS5 table kept in sync by triggers; PostgreSQL gets a generated
 * tsvector column with a GIN index. The base table is the same on both, so
 * filters (workspace, audience, kind, status, tags, services) read the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("search_documents")
    // An integer key: FTS5 addresses documents by integer rowid.
    .addColumn("id", postgres ? "bigint" : "integer", (c) =>
      postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey(),
    )
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    // Each value between unit separators (U+001F), so a filter finds one whole
    // value with a plain substring test on either database.
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("service_ids", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // One copy per record and audience: what an upsert replaces and a removal deletes.
  await db.schema
    .createIndex("search_documents_key_idx")
    .on("search_documents")
    .columns(["workspace_id", "kind", "record_id", "audience"])
    .unique()
    .execute();

  if (postgres) await createPostgresIndex(db);
  else await createSqliteIndex(db);
}

async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  // External content: the words live in the index, the text only once in
  // search_documents. Prefix indexes make the as-you-type prefixes cheap.
  await sql`
    create virtual table search_documents_fts using fts5(
      title, body,
      content='search_documents', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2',
      prefix='2 3 4'
    )`.execute(db);
  await sql`
    create trigger search_documents_after_insert after insert on search_documents begin
      insert into search_documents_fts (rowid, title, body) values (new.id, new.title, new.body);
    end`.execute(db);
  // An external-content index deletes by the old values, which only the trigger still has.
  await sql`
    create trigger search_documents_after_delete after delete on search_documents begin
      insert into search_documents_fts (search_documents_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
    end`.execute(db);
  await sql`
    create trigger search_documents_after_update after update of title, body on search_documents begin
      insert into search_documents_fts (search_documents_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
      insert into search_documents_fts (rowid, title, body) values (new.id, new.title, new.body);
    end`.execute(db);
}

async function createPostgresIndex(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table search_documents add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
    ) stored`.execute(db);
  await sql`create index search_documents_vector_idx on search_documents using gin (search_vector)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!postgres) await sql`drop table search_documents_fts`.execute(db);
  // Dropping the table drops its triggers and indexes with it.
  await db.schema.dropTable("search_documents").execute();
}
