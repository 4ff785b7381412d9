import type { RequestContext } from "#server/kernel/context.ts";
import { notFound } from "#server/kernel/errors.ts";
import { now } from "#server/kernel/ids.ts";
import type { WorkLimit } from "#server/kernel/work-limit.ts";
import { findWorkspace } from "#server/modules/auth/auth.service.ts";
import { isWriter } from "./cheatsheets.changes.ts";
import * as history from "./cheatsheets.history.repository.ts";
import { renderCheatSheetPdf, type PaperSize } from "./cheatsheets.pdf.ts";
import { isStale } from "./cheatsheets.presenter.ts";
import * as repository from "./cheatsheets.repository.ts";

/**
 * The one-page PDF of the published version, or of the working copy for
 * writers. `limit` is taken once the sheet is found, just before the layout work.
 */
export async function sheetPdf(ctx: RequestContext, id: string, query: { paper: PaperSize; copy: "published" | "draft" }, limit: WorkLimit) {
  const row = await repository.findSheet(ctx.db, ctx.workspaceId, id);
  const writer = isWriter(ctx);
  if (!row || (!writer && row.status !== "published")) throw notFound("cheat sheet");
  const workspaceName = (await findWorkspace(ctx.db, ctx.workspaceId))?.name ?? "";
  const tags = row.tags;
  let sheet;
  if (query.copy === "draft" && writer) {
    sheet = { title: row.title, pitch: row.pitch, body: row.body, tags, version: null, publishedAt: null, stale: false, workspaceName };
  } else {
    const version = row.published_version === null ? undefined : await history.findVersion(ctx.db, ctx.workspaceId, id, row.published_version);
    if (!version) throw notFound("published version");
    sheet = {
      title: version.title,
      pitch: version.pitch,
      body: version.body,
      tags: JSON.parse(version.tags) as string[],
      version: version.number,
      publishedAt: version.published_at,
      stale: isStale(row, now()),
      workspaceName,
    };
  }
  await limit(ctx.actor);
  const pdf = await renderCheatSheetPdf(sheet, query.paper);
  const slug = sheet.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "cheat-sheet";
  return { filename: `${slug}.pdf`, pdf };
}
