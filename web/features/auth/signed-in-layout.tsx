import { Center } from "@mantine/core";
import { Navigate, Outlet, ScrollRestoration, useLocation, useNavigate } from "react-router";
import type { Session } from "#shared/contracts/auth.ts";
import type { Capability } from "#shared/policies/capabilities.ts";
import { isApiError } from "#web/api-client.ts";
import { AppLayout, type NavItem } from "#web/components/app-layout.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { SessionProvider } from "#web/components/session-context.tsx";
import { NotificationBell } from "#web/features/notifications/components/notification-bell.tsx";
import { HeaderSearch } from "#web/features/search/components/header-search.tsx";
import { useSessionQuery } from "./api/get-session.ts";
import { AccountTools } from "./components/account-tools.tsx";
import { WorkspaceSwitcher } from "./components/workspace-switcher.tsx";

/** Only what exists, and only what the member's capabilities open. */
function navigationFor(session: Session): NavItem[] {
  const can = (capability: Capability) => session.capabilities.includes(capability);
  return [
    { to: "/", label: "Home" },
    { to: "/services", label: "Service catalog" },
    { to: "/cheatsheets", label: "Cheat sheets" },
    { to: "/glossary", label: "Glossary" },
    { to: "/training", label: "My training" },
    ...(can("training.manage") ? [{ to: "/quizzes", label: "Quizzes" }] : []),
    ...(can("readiness.viewTeam") ? [{ to: "/readiness", label: "Readiness" }] : []),
    { to: "/notifications", label: "Notifications" },
    { to: "/members", label: "Members" },
    ...(can("invitations.manage") ? [{ to: "/invitations", label: "Invitations" }] : []),
    { to: "/tokens", label: "API tokens" },
    ...(can("webhooks.manage") ? [{ to: "/webhooks", label: "Webhooks" }] : []),
    ...(can("jobs.manage") ? [{ to: "/jobs", label: "Jobs" }] : []),
    ...(can("outbox.read") ? [{ to: "/outbox", label: "Outbox" }] : []),
    ...(can("audit.read") ? [{ to: "/audit", label: "Audit log" }] : []),
    ...(can("settings.update") ? [{ to: "/settings", label: "Settings" }] : []),
  ];
}

export function SignedInLayout() {
  const session = useSessionQuery();
  const location = useLocation();
  const navigate = useNavigate();

  if (session.isPending) return <PageLoader label="Opening Tandem…" />;
  if (session.isError) {
    if (isApiError(session.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <Center p="xl">
        <PageError title="Could not open Tandem" error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }

  const current = session.data;
  // Records of the workspace just left do not exist in the new one.
  const afterSwitch = () => void navigate("/");
  return (
    <SessionProvider session={current}>
      <AppLayout
        nav={navigationFor(current)}
        headerActions={
          <>
            <HeaderSearch />
            <NotificationBell />
          </>
        }
        tools={(placement) => (
          <>
            <WorkspaceSwitcher session={current} onSwitched={afterSwitch} compact={placement === "header"} />
            <AccountTools name={current.user.name} />
          </>
        )}
      >
        <Outlet />
      </AppLayout>
      <ScrollRestoration />
    </SessionProvider>
  );
}
