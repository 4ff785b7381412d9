import { forbid, onlyRoles, refuse, type Policy } from "./policy.ts";
import { TRAINING_MANAGERS } from "./roles.ts";

const manager = onlyRoles(TRAINING_MANAGERS, "not_a_training_manager", "Only sales managers and PMO leads build courses and enroll people.");

/** Sales managers and PMO leads build courses and enroll people; members see published courses. */
export const coursePolicy = {
  update: manager,
  delete: manager,
  enroll: (actor, course) => manager(actor) ?? (course.status === "published" ? null : refuse("course_not_published", "Publish the course before enrolling people.")),
} satisfies Policy<{ status: "draft" | "published" }, string>;

export type CoursePermissions = Record<keyof typeof coursePolicy, boolean>;

/** A member works through their own enrollment; managers withdraw anyone's. */
export const enrollmentPolicy = {
  confirmModule: (actor, enrollment) => (enrollment.memberId === actor.memberId ? null : forbid("not_your_enrollment", "Only the enrolled member confirms their own modules.")),
  withdraw: manager,
} satisfies Policy<{ memberId: string }, string>;

export type EnrollmentPermissions = Record<keyof typeof enrollmentPolicy, boolean>;
