import type { FastifyPluginAsync } from "fastify";
import { auditRoutes } from "./audit/audit.routes.ts";
import { certificationRoutes } from "./certifications/certifications.routes.ts";
import { cheatSheetHistoryRoutes } from "./cheatsheets/cheatsheets.history.routes.ts";
import { cheatSheetLifecycleRoutes } from "./cheatsheets/cheatsheets.lifecycle.routes.ts";
import { cheatSheetRoutes } from "./cheatsheets/cheatsheets.routes.ts";
import { courseRoutes } from "./courses/courses.routes.ts";
import { clarityRoutes } from "./clarity/clarity.routes.ts";
import { glossaryRoutes } from "./glossary/glossary.routes.ts";
import { passwordResetRoutes } from "./auth/auth.password-reset.routes.ts";
import { authRoutes } from "./auth/auth.routes.ts";
import { healthRoutes } from "./health/health.routes.ts";
import { invitationRoutes } from "./invitations/invitations.routes.ts";
import { jobRoutes } from "./jobs/jobs.routes.ts";
import { memberRoutes } from "./members/members.routes.ts";
import { notificationRoutes } from "./notifications/notifications.routes.ts";
import { onboardingRoutes } from "./onboarding/onboarding.routes.ts";
import { quizAttemptRoutes } from "./quizzes/quizzes.attempts.routes.ts";
import { quizRoutes } from "./quizzes/quizzes.routes.ts";
import { outboxRoutes } from "./outbox/outbox.routes.ts";
import { readinessRoutes } from "./readiness/readiness.routes.ts";
import { searchRoutes } from "./search/search.routes.ts";
import { servicesRoutes } from "./services/services.routes.ts";
import { settingsRoutes } from "./settings/settings.routes.ts";
import { tokenRoutes } from "./tokens/tokens.routes.ts";
import { webhookRoutes } from "./webhooks/webhooks.routes.ts";

/** Every module's routes, mounted under /api. */
export const apiModules: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  passwordResetRoutes,
  memberRoutes,
  invitationRoutes,
  tokenRoutes,
  servicesRoutes,
  auditRoutes,
  jobRoutes,
  settingsRoutes,
  webhookRoutes,
  outboxRoutes,
  notificationRoutes,
  glossaryRoutes,
  cheatSheetRoutes,
  cheatSheetLifecycleRoutes,
  cheatSheetHistoryRoutes,
  clarityRoutes,
  searchRoutes,
  onboardingRoutes,
  quizRoutes,
  quizAttemptRoutes,
  certificationRoutes,
  readinessRoutes,
  courseRoutes,
];
