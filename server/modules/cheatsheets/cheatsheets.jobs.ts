import { recordEvent } from "#server/kernel/events/events.ts";
import { now } from "#server/kernel/ids.ts";
import type { JobHandler } from "#server/kernel/jobs/handler.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import { presentRecord } from "./cheatsheets.presenter.ts";
import * as repository from "./cheatsheets.repository.ts";
import "./cheatsheets.notifications.ts";

export const STALE_SHEETS_JOB = "cheatsheets.stale";
/** Hourly: a sheet's owner hears of it within the hour it goes stale. */
export const STALE_SHEETS_CRON = "23 * * * *";
/** While nobody re-verifies or edits a stale sheet, its owner is reminded this often. */
export const STALE_REMINDER_DAYS = 7;
const BATCH = 200;

/**
 * Finds published sheets past their verification date whose owner was not
 * told in the last week, and records a `cheatsheet.stale` event for each (the
 * notification follows from it). A sheet with a draft in progress counts as
 * being edited: no reminder. Each sheet is marked in the transaction of its event.
 */
export const staleSheetsHandler: JobHandler = async (_payload, { db, signal }) => {
  const at = now();
  const remindBefore = new Date(Date.parse(at) - STALE_REMINDER_DAYS * 86_400_000).toISOString();
  for (;;) {
    const due = await repository.listStaleToRemind(db, { now: at, remindBefore, limit: BATCH });
    for (const row of due) {
      await db.transaction().execute(async (trx) => {
        if (!(await repository.markStaleNotified(trx, row, at))) return;
        const members = await memberRefs(trx, row.workspace_id, [row.owner_member_id, row.draft_author_member_id]);
        await recordEvent(trx, { workspaceId: row.workspace_id, memberId: null }, {
          type: "cheatsheet.stale",
          recordType: "cheatsheet",
          recordId: row.id,
          payload: { sheet: presentRecord(row, { members }) },
        });
      });
    }
    if (due.length < BATCH || signal.aborted) return;
  }
};
