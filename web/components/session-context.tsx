import { createContext, useContext, type ReactNode } from "react";
import type { Session } from "#shared/contracts/auth.ts";
import type { Capability } from "#shared/policies/capabilities.ts";
import { NotAvailable } from "./page-states.tsx";

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

/** The member may create or open this here (the server's capability list). */
export function useCan(capability: Capability): boolean {
  return useSession().capabilities.includes(capability);
}

/** Shows the page only to members with the capability; the API enforces it anyway. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  if (!useCan(capability)) {
    return <NotAvailable message="Your roles in this workspace do not give access to this page." />;
  }
  return <>{children}</>;
}
