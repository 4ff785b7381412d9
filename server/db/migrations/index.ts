import type { Migration } from "kysely";
import * as foundation from "./20261125_0001_foundation.ts";
import * as eventsAndJobs from "./20261125_0002_events_and_jobs.ts";
import * as settingsAndWebhooks from "./20261125_0003_settings_and_webhooks.ts";
import * as notifications from "./20261125_0004_notifications.ts";
import * as cheatsheets from "./20261202_0005_cheatsheets.ts";
import * as search from "./20261202_0006_search.ts";
import * as security from "./20261203_0007_security.ts";
import * as gettingStarted from "./20261203_0008_getting_started.ts";
import * as notificationSubjects from "./20261203_0009_notification_subjects.ts";
import * as quizzes from "./20261203_0010_quizzes.ts";
import * as certifications from "./20261203_0011_certifications.ts";
import * as courses from "./20261203_0012_courses.ts";

/** Every migration, by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  "20261125_0001_foundation": foundation,
  "20261125_0002_events_and_jobs": eventsAndJobs,
  "20261125_0003_settings_and_webhooks": settingsAndWebhooks,
  "20261125_0004_notifications": notifications,
  "20261202_0005_cheatsheets": cheatsheets,
  "20261202_0006_search": search,
  "20261203_0007_security": security,
  "20261203_0008_getting_started": gettingStarted,
  "20261203_0009_notification_subjects": notificationSubjects,
  "20261203_0010_quizzes": quizzes,
  "20261203_0011_certifications": certifications,
  "20261203_0012_courses": courses,
};
