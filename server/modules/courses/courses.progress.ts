import type { Executor } from "#server/kernel/db/database.ts";
import { sheetModuleProgress } from "#server/modules/cheatsheets/cheatsheets.service.ts";
import { quizModuleProgress } from "#server/modules/quizzes/quizzes.service.ts";
import type { Enrollment } from "#shared/contracts/courses.ts";
import type { EnrollmentRow, ModuleRow } from "./courses.repository.ts";
import * as repository from "./courses.repository.ts";

export type PresentedModule = Enrollment["modules"][number];

/** Where each module of a course leads: the link, or its page in Tandem. */
const hrefOf = (module: ModuleRow) => (module.kind === "link" ? module.url! : module.kind === "quiz" ? `/training/quizzes/${module.ref_id}` : `/cheatsheets/${module.ref_id}`);

/**
 * The modules of some courses, with what they point at, and for some
 * enrollments which modules their member has done. Done is read from what
 * the member did: acknowledged the sheet's current version (an older one
 * reopens the module), passed the quiz, confirmed the link.
 */
export async function loadProgress(db: Executor, workspaceId: string, courseIds: readonly string[], enrollments: readonly EnrollmentRow[]) {
  const modules = await repository.listModules(db, workspaceId, courseIds);
  const memberIds = enrollments.map((row) => row.member_id);
  const refs = (kind: ModuleRow["kind"]) => modules.filter((module) => module.kind === kind).map((module) => module.ref_id!);
  const [sheets, quizzes, confirmed] = await Promise.all([
    sheetModuleProgress(db, workspaceId, refs("cheat_sheet"), memberIds),
    quizModuleProgress(db, workspaceId, refs("quiz"), memberIds),
    repository.confirmations(db, workspaceId, enrollments.map((row) => row.id)),
  ]);
  const titleOf = (module: ModuleRow) =>
    module.kind === "link" ? module.title : ((module.kind === "quiz" ? quizzes.quizzes.get(module.ref_id!)?.title : sheets.sheets.get(module.ref_id!)?.title) ?? "Removed");
  const present = (module: ModuleRow) => ({ id: module.id, kind: module.kind, title: titleOf(module), href: hrefOf(module), refId: module.ref_id });
  const modulesOf = (courseId: string) => modules.filter((module) => module.course_id === courseId);
  const progressOf = (enrollment: EnrollmentRow): PresentedModule[] =>
    modulesOf(enrollment.course_id).map((module) => {
      const key = `${enrollment.member_id}:${module.ref_id}`;
      const sheet = module.kind === "cheat_sheet" ? sheets.state.get(key) : undefined;
      const done = module.kind === "link" ? confirmed.has(`${enrollment.id}:${module.id}`) : module.kind === "quiz" ? quizzes.passed.has(key) : sheet === "current";
      return { ...present(module), done, reopened: sheet === "older" };
    });
  return { modulesOf: (courseId: string) => modulesOf(courseId).map(present), progressOf, sheets: sheets.sheets, quizzes: quizzes.quizzes };
}
