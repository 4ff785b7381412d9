import type { Executor } from "#server/kernel/db/database.ts";
import { maskMarkdown } from "#shared/clarity/markdown-text.ts";
import { indexDocument, removeDocuments, SEARCH_AUDIENCES } from "#server/kernel/search/search.ts";
import type * as repository from "./cheatsheets.repository.ts";
import { contentOfVersion, publishedVersionOf } from "./cheatsheets.view.ts";

export const CHEATSHEET_KIND = "cheatsheet";

/** Prose only: Markdown syntax would show in the snippets (`**`, `##`, link URLs). */
const searchText = (pitch: string, body: string) => `${pitch}\n${maskMarkdown(body).replace(/[ \t]+/g, " ")}`;

/**
 * Each sheet is indexed twice: writers find the working copy (drafts
 * included), readers the published version — so a reader never finds words
 * that only a draft contains. Call after every change, inside its transaction,
 * with the sheet as it was: the readers' document changes only when the
 * published version or the status does.
 */
export async function reindexSheet(trx: Executor, workspaceId: string, sheet: repository.SheetState, before: repository.SheetRow | null): Promise<void> {
  const { row, working } = sheet;
  const sheetId = row.id;
  await indexDocument(trx, {
    workspaceId,
    kind: CHEATSHEET_KIND,
    recordId: sheetId,
    audience: SEARCH_AUDIENCES.writers,
    title: row.title,
    body: searchText(row.pitch, row.body),
    status: row.status === "published" && row.draft_status ? row.draft_status : row.status,
    tags: row.tags,
    serviceIds: working.serviceIds,
    updatedAt: row.updated_at,
  });
  if (before && before.published_version === row.published_version && before.status === row.status) return;
  const version = row.status === "published" && row.published_version !== null ? await publishedVersionOf(trx, workspaceId, sheet) : undefined;
  if (!version) {
    await removeDocuments(trx, { workspaceId, kind: CHEATSHEET_KIND, recordId: sheetId, audience: SEARCH_AUDIENCES.readers });
    return;
  }
  const content = contentOfVersion(version);
  await indexDocument(trx, {
    workspaceId,
    kind: CHEATSHEET_KIND,
    recordId: sheetId,
    audience: SEARCH_AUDIENCES.readers,
    title: content.title,
    body: searchText(content.pitch, content.body),
    status: "published",
    tags: content.tags,
    serviceIds: content.serviceIds,
    updatedAt: version.published_at,
  });
}

/** A deleted sheet leaves search. */
export async function unindexSheet(trx: Executor, workspaceId: string, sheetId: string): Promise<void> {
  await removeDocuments(trx, { workspaceId, kind: CHEATSHEET_KIND, recordId: sheetId });
}
