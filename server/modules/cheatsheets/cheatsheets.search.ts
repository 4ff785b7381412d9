import type { Executor } from "#server/kernel/db/database.ts";
import { maskMarkdown } from "#shared/clarity/markdown-text.ts";
import { indexDocument, removeDocuments, SEARCH_AUDIENCES } from "#server/kernel/search/search.ts";
import * as history from "./cheatsheets.history.repository.ts";
import * as repository from "./cheatsheets.repository.ts";
import { contentOfVersion } from "./cheatsheets.view.ts";

export const CHEATSHEET_KIND = "cheatsheet";

/** Prose only: Markdown syntax would show in the snippets (`**`, `##`, link URLs). */
const searchText = (pitch: string, body: string) => `${pitch}\n${maskMarkdown(body).replace(/[ \t]+/g, " ")}`;

/**
 * Each sheet is indexed twice: writers find the working copy (drafts
 * included), readers the published version — so a reader never finds words
 * that only a draft contains. Call after every change, inside its transaction.
 */
export async function reindexSheet(trx: Executor, workspaceId: string, sheetId: string): Promise<void> {
  const row = await repository.findSheet(trx, workspaceId, sheetId);
  if (!row) {
    await removeDocuments(trx, { workspaceId, kind: CHEATSHEET_KIND, recordId: sheetId });
    return;
  }
  const working = await repository.findLinks(trx, workspaceId, sheetId, "working");
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
  const version = row.status === "published" && row.published_version !== null ? await history.findVersion(trx, workspaceId, sheetId, row.published_version) : undefined;
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
