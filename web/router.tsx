import { createBrowserRouter, type RouteObject } from "react-router";
import { NotFound, PageLoader } from "./components/page-states.tsx";
import { SignInPage } from "./features/auth/sign-in-page.tsx";
import { SignUpPage } from "./features/auth/sign-up-page.tsx";
import { SignedInLayout } from "./features/auth/signed-in-layout.tsx";

// Pages behind the sign-in load on demand, so the first screen stays light.
const signedInPages: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./features/home/home-page.tsx")).HomePage }) },
  { path: "services", lazy: async () => ({ Component: (await import("./features/services/service-list-page.tsx")).ServiceListPage }) },
  { path: "services/new", lazy: async () => ({ Component: (await import("./features/services/service-create-page.tsx")).ServiceCreatePage }) },
  { path: "services/:id", lazy: async () => ({ Component: (await import("./features/services/service-detail-page.tsx")).ServiceDetailPage }) },
  { path: "services/:id/edit", lazy: async () => ({ Component: (await import("./features/services/service-edit-page.tsx")).ServiceEditPage }) },
  { path: "cheatsheets", lazy: async () => ({ Component: (await import("./features/cheatsheets/cheatsheet-list-page.tsx")).CheatSheetListPage }) },
  { path: "cheatsheets/acknowledgements", lazy: async () => ({ Component: (await import("./features/cheatsheets/cheatsheet-acknowledgements-page.tsx")).CheatSheetAcknowledgementsPage }) },
  { path: "cheatsheets/new", lazy: async () => ({ Component: (await import("./features/cheatsheets/cheatsheet-create-page.tsx")).CheatSheetCreatePage }) },
  { path: "cheatsheets/:id", lazy: async () => ({ Component: (await import("./features/cheatsheets/cheatsheet-page.tsx")).CheatSheetPage }) },
  { path: "cheatsheets/:id/edit", lazy: async () => ({ Component: (await import("./features/cheatsheets/cheatsheet-edit-page.tsx")).CheatSheetEditPage }) },
  { path: "glossary", lazy: async () => ({ Component: (await import("./features/glossary/glossary-page.tsx")).GlossaryPage }) },
  { path: "glossary/:id", lazy: async () => ({ Component: (await import("./features/glossary/glossary-term-page.tsx")).GlossaryTermPage }) },
  { path: "training", lazy: async () => ({ Component: (await import("./features/training/my-training-page.tsx")).MyTrainingPage }) },
  { path: "training/quizzes/:id", lazy: async () => ({ Component: (await import("./features/training/quiz-take-page.tsx")).QuizTakePage }) },
  { path: "quizzes", lazy: async () => ({ Component: (await import("./features/quizzes/quiz-list-page.tsx")).QuizListPage }) },
  { path: "quizzes/:id", lazy: async () => ({ Component: (await import("./features/quizzes/quiz-builder-page.tsx")).QuizBuilderPage }) },
  { path: "readiness", lazy: async () => ({ Component: (await import("./features/training/readiness-page.tsx")).ReadinessPage }) },
  { path: "search", lazy: async () => ({ Component: (await import("./features/search/search-page.tsx")).SearchPage }) },
  { path: "members", lazy: async () => ({ Component: (await import("./features/members/members-page.tsx")).MembersPage }) },
  { path: "invitations", lazy: async () => ({ Component: (await import("./features/invitations/invitations-page.tsx")).InvitationsPage }) },
  { path: "tokens", lazy: async () => ({ Component: (await import("./features/tokens/tokens-page.tsx")).TokensPage }) },
  { path: "webhooks", lazy: async () => ({ Component: (await import("./features/webhooks/webhooks-page.tsx")).WebhooksPage }) },
  { path: "webhooks/:id", lazy: async () => ({ Component: (await import("./features/webhooks/webhook-detail-page.tsx")).WebhookDetailPage }) },
  { path: "account", lazy: async () => ({ Component: (await import("./features/auth/account-page.tsx")).AccountPage }) },
  { path: "settings", lazy: async () => ({ Component: (await import("./features/settings/settings-page.tsx")).SettingsPage }) },
  { path: "settings/notifications", lazy: async () => ({ Component: (await import("./features/notifications/notification-preferences-page.tsx")).NotificationPreferencesPage }) },
  { path: "notifications", lazy: async () => ({ Component: (await import("./features/notifications/notifications-page.tsx")).NotificationsPage }) },
  { path: "jobs", lazy: async () => ({ Component: (await import("./features/jobs/jobs-page.tsx")).JobsPage }) },
  { path: "outbox", lazy: async () => ({ Component: (await import("./features/outbox/outbox-page.tsx")).OutboxPage }) },
  { path: "audit", lazy: async () => ({ Component: (await import("./features/audit/audit-log-page.tsx")).AuditLogPage }) },
  { path: "*", element: <NotFound /> },
];

export function createAppRouter() {
  return createBrowserRouter([
    { path: "/signin", element: <SignInPage /> },
    { path: "/signup", element: <SignUpPage /> },
    {
      path: "/forgot-password",
      hydrateFallbackElement: <PageLoader />,
      lazy: async () => ({ Component: (await import("./features/auth/forgot-password-page.tsx")).ForgotPasswordPage }),
    },
    {
      path: "/reset-password/:token",
      hydrateFallbackElement: <PageLoader />,
      lazy: async () => ({ Component: (await import("./features/auth/reset-password-page.tsx")).ResetPasswordPage }),
    },
    {
      path: "/invite/:token",
      hydrateFallbackElement: <PageLoader />,
      lazy: async () => ({ Component: (await import("./features/invitations/accept-invitation-page.tsx")).AcceptInvitationPage }),
    },
    { path: "/", element: <SignedInLayout />, hydrateFallbackElement: <PageLoader />, children: signedInPages },
  ]);
}
