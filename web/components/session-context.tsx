import { createContext, useContext, type ReactNode } from "react";
import type { Session } from "#shared/contracts/auth.ts";
import type { Role } from "#shared/contracts/common.ts";
import { PageError } from "./page-states.tsx";

const SessionContext = createContext<Session | null>(null);

/** Provided by the signed-in layout once the session has loaded. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() is only available inside the signed-in layout.");
  return session;
}

export function hasAnyRole(session: Session, roles: readonly Role[]): boolean {
  return session.member.roles.some((role) => roles.includes(role));
}

/** The roles of the current member include one of `roles`. */
export function useHasRole(...roles: Role[]): boolean {
  return hasAnyRole(useSession(), roles);
}

/** Shows the page only to members holding one of the roles; the API enforces it anyway. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const allowed = useHasRole(...roles);
  if (!allowed) {
    return <PageError title="Not available" message="Your roles in this workspace do not give access to this page." />;
  }
  return <>{children}</>;
}
