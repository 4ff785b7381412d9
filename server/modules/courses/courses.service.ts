import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { AppError, conflict, notFound, staleVersion, type FieldError } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { sheetModuleProgress } from "#server/modules/cheatsheets/cheatsheets.service.ts";
import { quizModuleProgress } from "#server/modules/quizzes/quizzes.service.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Course, CourseListQuery, CourseModuleInput, CreateCourseData, UpdateCourseInput } from "#shared/contracts/courses.ts";
import { buildsQuizzes } from "#shared/policies/quizzes.ts";
import { coursePolicy } from "#shared/policies/courses.ts";
import type { PolicyActor } from "#shared/policies/policy.ts";
import { courseSummary, presentCourse, presentCourseRecord } from "./courses.presenter.ts";
import { loadProgress } from "./courses.progress.ts";
import * as repository from "./courses.repository.ts";

type Caller = PolicyActor & { workspaceId: string };
/** Course builders are the quiz builders: sales managers and PMO leads. */
const buildsCourses = buildsQuizzes;

const onboardingTaken = () => conflict("onboarding_exists", "The workspace has an onboarding course already: only one course is the onboarding course.", "body.onboarding");

async function presentRows(db: Executor, actor: Caller, rows: readonly repository.CourseRow[]): Promise<Course[]> {
  const progress = await loadProgress(db, actor.workspaceId, rows.map((row) => row.id), []);
  return rows.map((row) => presentCourse(presentCourseRecord(row, progress.modulesOf(row.id)), actor));
}

/** Drafts are their builders' own: to others they do not exist. */
export async function visibleCourse(db: Executor, actor: Caller, id: string): Promise<repository.CourseRow> {
  const row = await repository.findCourse(db, actor.workspaceId, id);
  if (!row || (row.status === "draft" && !buildsCourses(actor))) throw notFound("course");
  return row;
}

export async function listCourses(ctx: RequestContext, query: CourseListQuery): Promise<Page<Course>> {
  const status = buildsCourses(ctx.actor) ? query.status : "published";
  if (query.status && query.status !== status) return { items: [], nextCursor: null };
  const rows = await repository.listCourses(ctx.db, ctx.workspaceId, { status, cursor: query.cursor, limit: query.limit });
  const presented = new Map((await presentRows(ctx.db, ctx.actor, rows.slice(0, query.limit))).map((course) => [course.id, course]));
  return toPage(rows, query.limit, (row) => [row.sort_key, row.id], (row) => presented.get(row.id)!);
}

export async function getCourse(ctx: RequestContext, id: string): Promise<Course> {
  return (await presentRows(ctx.db, ctx.actor, [await visibleCourse(ctx.db, ctx.actor, id)]))[0]!;
}

/** The modules as rows, each pointing at a sheet or quiz of this workspace (422 naming the module otherwise); ids kept where given. */
async function moduleRows(db: Executor, workspaceId: string, modules: readonly CourseModuleInput[]) {
  const sheetIds = modules.flatMap((module) => (module.kind === "cheat_sheet" ? [module.sheetId] : []));
  const quizIds = modules.flatMap((module) => (module.kind === "quiz" ? [module.quizId] : []));
  const [sheets, quizzes] = await Promise.all([sheetModuleProgress(db, workspaceId, sheetIds, []), quizModuleProgress(db, workspaceId, quizIds, [])]);
  const errors: FieldError[] = [];
  const rows = modules.map((module, index) => {
    const base = { id: module.id ?? newId(), kind: module.kind };
    if (module.kind === "link") return { ...base, title: module.title, url: module.url, ref_id: null };
    const refId = module.kind === "quiz" ? module.quizId : module.sheetId;
    const known = module.kind === "quiz" ? quizzes.quizzes.has(refId) : sheets.sheets.has(refId);
    if (!known) errors.push({ path: `body.modules.${index}.${module.kind === "quiz" ? "quizId" : "sheetId"}`, message: module.kind === "quiz" ? "No such quiz." : "No such cheat sheet." });
    return { ...base, title: "", url: null, ref_id: refId };
  });
  if (new Set(rows.map((row) => row.id)).size !== rows.length) errors.push({ path: "body.modules", message: "Each module id once." });
  if (errors.length > 0) throw new AppError(422, "unknown_module_target", "Some modules point at nothing in this workspace.", errors);
  return rows;
}

export async function createCourse(ctx: RequestContext, input: CreateCourseData): Promise<Course> {
  enforce(coursePolicy.update(ctx.actor));
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const modules = await moduleRows(trx, ctx.workspaceId, input.modules);
    const at = now();
    const row = { id, workspace_id: ctx.workspaceId, title: input.title, description: input.description, onboarding: input.onboarding ? 1 : 0, status: input.status, created_at: at };
    if ((await repository.insertCourse(trx, row)) === "onboarding_taken") throw onboardingTaken();
    await repository.replaceModules(trx, ctx.workspaceId, id, modules);
    const after = (await presentRows(trx, ctx.actor, [(await repository.findCourse(trx, ctx.workspaceId, id))!]))[0]!;
    await writeAudit(trx, ctx.actor, { action: "create", recordType: "course", recordId: id, summary: courseSummary(after), after: { ...after, permissions: undefined } });
  });
  return getCourse(ctx, id);
}

/** Send `modules` to replace the list (keep a module's `id` to keep its confirmations). */
export async function updateCourse(ctx: RequestContext, id: string, input: UpdateCourseInput): Promise<Course> {
  enforce(coursePolicy.update(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    const current = await repository.findCourse(trx, ctx.workspaceId, id);
    if (!current) throw notFound("course");
    if (current.version !== input.version) throw staleVersion("course");
    const before = (await presentRows(trx, ctx.actor, [current]))[0]!;
    const { version, modules, onboarding, ...values } = input;
    const result = await repository.updateCourse(trx, ctx.workspaceId, { id, version, at: now(), values: { ...values, ...(onboarding === undefined ? {} : { onboarding: onboarding ? 1 : 0 }) } });
    if (result === "onboarding_taken") throw onboardingTaken();
    if (result === "stale") throw staleVersion("course");
    if (modules) await repository.replaceModules(trx, ctx.workspaceId, id, await moduleRows(trx, ctx.workspaceId, modules));
    const after = (await presentRows(trx, ctx.actor, [(await repository.findCourse(trx, ctx.workspaceId, id))!]))[0]!;
    await writeAudit(trx, ctx.actor, { action: "update", recordType: "course", recordId: id, summary: courseSummary(after), before: { ...before, permissions: undefined }, after: { ...after, permissions: undefined } });
  });
  return getCourse(ctx, id);
}

/** A course anyone is enrolled in keeps its history: take it back to draft instead. */
export async function deleteCourse(ctx: RequestContext, id: string): Promise<void> {
  enforce(coursePolicy.delete(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    const current = await repository.findCourse(trx, ctx.workspaceId, id);
    if (!current) throw notFound("course");
    if ((await repository.countEnrollments(trx, ctx.workspaceId, id)) > 0) throw conflict("course_has_enrollments", "Members are enrolled in this course: set it back to draft instead, so their progress stays.");
    await repository.deleteCourse(trx, ctx.workspaceId, id);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "course", recordId: id, summary: courseSummary(current) });
  });
}
