import type { Executor } from "#server/kernel/db/database.ts";

/** True as soon as one workspace exists: the demo is seeded only into an empty database. */
export async function hasAnyWorkspace(db: Executor): Promise<boolean> {
  const row = await db.selectFrom("workspaces").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Moves a published sheet's last verification into the past, so the demo shows sheets gone stale. */
export async function backdateVerification(db: Executor, sheetId: string, verifiedAt: string, dueAt: string): Promise<void> {
  await db.updateTable("cheat_sheets").set({ verified_at: verifiedAt, verify_due_at: dueAt }).where("id", "=", sheetId).execute();
}

export async function serviceIdsByName(db: Executor, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom("services").select(["id", "name"]).where("workspace_id", "=", workspaceId).execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}

/**
 * Moves a member's current certification for a service back so it was earned
 * on `earnedOn` and ends on `expiresOn`, so the demo shows certifications
 * running out. The quiz pass behind it moves back with it: a pass dated today
 * would renew the certification at the next linked session attended, and
 * would hold the member in the quiz's cool-down.
 */
export async function backdateCertification(
  db: Executor,
  workspaceId: string,
  memberId: string,
  serviceId: string,
  dates: { earnedOn: string; expiresOn: string },
): Promise<void> {
  const certification = await db
    .selectFrom("certifications")
    .select(["id", "earned_at", "quiz_attempt_id"])
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("service_id", "=", serviceId)
    .where("current", "=", 1)
    .executeTakeFirstOrThrow();
  // Same time of day, on the earlier date: every moment of the pass moves by the same amount.
  const shift = Date.parse(certification.earned_at) - Date.parse(`${dates.earnedOn}${certification.earned_at.slice(10)}`);
  const earlier = (at: string) => new Date(Date.parse(at) - shift).toISOString();
  await db
    .updateTable("certifications")
    .set({ earned_on: dates.earnedOn, earned_at: earlier(certification.earned_at), expires_on: dates.expiresOn })
    .where("id", "=", certification.id)
    .execute();

  const evidence = await db
    .selectFrom("certification_evidence")
    .select(["id", "at"])
    .where("workspace_id", "=", workspaceId)
    .where("kind", "=", "quiz")
    .where("ref_id", "=", certification.quiz_attempt_id)
    .executeTakeFirstOrThrow();
  await db.updateTable("certification_evidence").set({ at: earlier(evidence.at) }).where("id", "=", evidence.id).execute();

  const attempt = await db
    .selectFrom("quiz_attempts")
    .select(["started_at", "deadline_at", "closed_at"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", certification.quiz_attempt_id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable("quiz_attempts")
    .set({ started_at: earlier(attempt.started_at), deadline_at: earlier(attempt.deadline_at), closed_at: attempt.closed_at && earlier(attempt.closed_at) })
    .where("id", "=", certification.quiz_attempt_id)
    .execute();
}

/** Published cheat sheets by title, for the demo course that links them. */
export async function publishedSheetIdsByTitle(db: Executor, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom("cheat_sheets").select(["id", "title"]).where("workspace_id", "=", workspaceId).where("status", "=", "published").execute();
  return new Map(rows.map((row) => [row.title, row.id]));
}

/** Moves an enrollment's due date (the demo shows one overdue). */
export async function setEnrollmentDue(db: Executor, workspaceId: string, memberId: string, courseId: string, dueOn: string): Promise<void> {
  await db.updateTable("enrollments").set({ due_on: dueOn }).where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).where("course_id", "=", courseId).execute();
}
