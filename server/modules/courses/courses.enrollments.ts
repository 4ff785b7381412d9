import { todayOf } from "#server/kernel/calendar.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { AppError, notFound } from "#server/kernel/errors.ts";
import { recordEvent, type EventActor } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { activeMemberIdsWithRole, memberRefs } from "#server/modules/members/members.service.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { CreateEnrollmentsInput, Enrollment, EnrollmentListQuery, EnrollmentRecord } from "#shared/contracts/courses.ts";
import { coursePolicy, enrollmentPolicy } from "#shared/policies/courses.ts";
import { seesEveryonesReadiness } from "#shared/policies/certifications.ts";
import type { PolicyActor } from "#shared/policies/policy.ts";
import { presentEnrollment, presentEnrollmentRecord } from "./courses.presenter.ts";
import { loadProgress } from "./courses.progress.ts";
import * as repository from "./courses.repository.ts";
import { visibleCourse } from "./courses.service.ts";

type Caller = PolicyActor & { workspaceId: string };

/** An enrollment as events carry it: without the caller's permissions or the modules' progress. */
export const recordOf = ({ id, course, member, source, enrolledAt, dueOn, completedAt }: Enrollment): EnrollmentRecord => ({ id, course, member, source, enrolledAt, dueOn, completedAt });

/** Enrollments with their course, member and each module's progress, in a fixed number of queries. */
async function presentRows(db: Executor, actor: Caller, rows: readonly repository.EnrollmentRow[]): Promise<Enrollment[]> {
  const courseIds = [...new Set(rows.map((row) => row.course_id))];
  const [courses, members, progress] = await Promise.all([
    repository.listCoursesByIds(db, actor.workspaceId, courseIds),
    memberRefs(db, actor.workspaceId, rows.map((row) => row.member_id)),
    loadProgress(db, actor.workspaceId, courseIds, rows),
  ]);
  const titles = new Map(courses.map((course) => [course.id, course.title]));
  return rows.map((row) => {
    const record = presentEnrollmentRecord(row, {
      course: { id: row.course_id, title: titles.get(row.course_id) ?? "Removed course" },
      member: members.get(row.member_id) ?? { id: row.member_id, name: "Former member", email: "" },
    });
    return presentEnrollment(record, progress.progressOf(row), todayOf(now()), actor);
  });
}

/** Members who do not see the team's training see their own enrollments only; the rule is in the query. */
export async function listEnrollments(ctx: RequestContext, query: EnrollmentListQuery): Promise<Page<Enrollment>> {
  const everyone = seesEveryonesReadiness(ctx.actor);
  if (!everyone && query.memberId && query.memberId !== ctx.actor.memberId) return { items: [], nextCursor: null };
  const rows = await repository.listEnrollments(ctx.db, ctx.workspaceId, { memberId: everyone ? query.memberId : ctx.actor.memberId, courseId: query.courseId, cursor: query.cursor, limit: query.limit });
  const presented = new Map((await presentRows(ctx.db, ctx.actor, rows.slice(0, query.limit))).map((item) => [item.id, item]));
  // The state is read from progress, so it filters the page: a page may hold fewer than `limit`.
  const page = toPage(rows, query.limit, (row) => [row.enrolled_at, row.id], (row) => presented.get(row.id)!);
  return query.state ? { ...page, items: page.items.filter((item) => item.state === query.state) } : page;
}

async function visibleEnrollment(db: Executor, actor: Caller, id: string): Promise<repository.EnrollmentRow> {
  const row = await repository.findEnrollment(db, actor.workspaceId, id);
  if (!row || (row.member_id !== actor.memberId && !seesEveryonesReadiness(actor))) throw notFound("enrollment");
  return row;
}

export async function getEnrollment(ctx: RequestContext, id: string): Promise<Enrollment> {
  return (await presentRows(ctx.db, ctx.actor, [await visibleEnrollment(ctx.db, ctx.actor, id)]))[0]!;
}

/** Inserts the enrollments not there yet and records `enrollment.created` for each. */
export async function enroll(
  trx: Executor,
  actor: EventActor,
  input: { courseId: string; memberIds: readonly string[]; source: repository.EnrollmentRow["source"]; dueOn: string | null },
): Promise<string[]> {
  const at = now();
  const rows = [...new Set(input.memberIds)].map((memberId) => ({
    id: newId(),
    workspace_id: actor.workspaceId,
    course_id: input.courseId,
    member_id: memberId,
    source: input.source,
    enrolled_by_member_id: actor.memberId,
    enrolled_at: at,
    due_on: input.dueOn,
    completed_at: null,
    reminded_on: null,
  }));
  const created = await repository.insertEnrollments(trx, rows);
  if (created.length === 0) return [];
  const presented = await presentRows(trx, { memberId: actor.memberId ?? "", roles: [], workspaceId: actor.workspaceId }, rows.filter((row) => created.includes(row.id)));
  for (const enrollment of presented) {
    await recordEvent(trx, actor, { type: "enrollment.created", recordType: "enrollment", recordId: enrollment.id, payload: { enrollment: recordOf(enrollment) } });
  }
  return created;
}

export async function createEnrollments(ctx: RequestContext, input: CreateEnrollmentsInput): Promise<{ created: number; alreadyEnrolled: number; items: Enrollment[] }> {
  const ids = await inTransaction(ctx.db, async (trx) => {
    const course = await visibleCourse(trx, ctx.actor, input.courseId).catch(() => {
      throw new AppError(422, "unknown_course", "No such course in this workspace.", [{ path: "body.courseId", message: "No such course." }]);
    });
    enforce(coursePolicy.enroll(ctx.actor, course));
    let memberIds: string[];
    if (input.role) memberIds = await activeMemberIdsWithRole(trx, ctx.workspaceId, input.role);
    else {
      const known = await memberRefs(trx, ctx.workspaceId, input.memberIds!, { activeOnly: true });
      const unknown = input.memberIds!.map((id, index) => ({ id, index })).filter(({ id }) => !known.has(id));
      if (unknown.length > 0) throw new AppError(422, "unknown_member", "Some members are not active members of this workspace.", unknown.map(({ index }) => ({ path: `body.memberIds.${index}`, message: "No such active member." })));
      memberIds = [...new Set(input.memberIds!)];
    }
    const created = await enroll(trx, { workspaceId: ctx.workspaceId, memberId: ctx.actor.memberId }, { courseId: course.id, memberIds, source: input.role ? "role" : "manual", dueOn: input.dueOn });
    return { created, requested: memberIds.length };
  });
  const rows = await Promise.all(ids.created.map((id) => repository.findEnrollment(ctx.db, ctx.workspaceId, id)));
  return { created: ids.created.length, alreadyEnrolled: ids.requested - ids.created.length, items: await presentRows(ctx.db, ctx.actor, rows.filter((row) => row !== undefined)) };
}

export async function withdrawEnrollment(ctx: RequestContext, id: string): Promise<void> {
  enforce(enrollmentPolicy.withdraw(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    if (!(await repository.findEnrollment(trx, ctx.workspaceId, id))) throw notFound("enrollment");
    await repository.deleteEnrollment(trx, ctx.workspaceId, id);
  });
}

/** "Opened and confirmed": the member marks a link module of their own enrollment done. */
export async function confirmModule(ctx: RequestContext, id: string, moduleId: string): Promise<Enrollment> {
  await inTransaction(ctx.db, async (trx) => {
    const row = await visibleEnrollment(trx, ctx.actor, id);
    enforce(enrollmentPolicy.confirmModule(ctx.actor, { memberId: row.member_id }));
    const module = (await repository.listModules(trx, ctx.workspaceId, [row.course_id])).find((candidate) => candidate.id === moduleId);
    if (!module) throw notFound("module");
    if (module.kind !== "link") throw new AppError(422, "not_a_link", "Only a link is confirmed by hand: a sheet is done when acknowledged, a quiz when passed.");
    await repository.confirmModule(trx, { workspace_id: ctx.workspaceId, enrollment_id: id, module_id: moduleId, confirmed_at: now() });
    await recheckCompletion(trx, { workspaceId: ctx.workspaceId, memberId: ctx.actor.memberId }, [row]);
  });
  return getEnrollment(ctx, id);
}

/** Marks the enrollments whose every module is now done as completed, with `enrollment.completed`. */
export async function recheckCompletion(trx: Executor, actor: EventActor, rows: readonly repository.EnrollmentRow[]): Promise<void> {
  const open = rows.filter((row) => row.completed_at === null);
  if (open.length === 0) return;
  const presented = await presentRows(trx, { memberId: actor.memberId ?? "", roles: [], workspaceId: actor.workspaceId }, open);
  const at = now();
  for (const enrollment of presented) {
    if (enrollment.state !== "completed") continue;
    await repository.setCompleted(trx, actor.workspaceId, enrollment.id, at);
    await recordEvent(trx, actor, {
      type: "enrollment.completed",
      recordType: "enrollment",
      recordId: enrollment.id,
      payload: { enrollment: { ...recordOf(enrollment), completedAt: at } },
    });
  }
}
