import { parseRoles } from "#server/kernel/auth/credentials.ts";
import type { Session, WorkspaceSummary } from "#shared/contracts/auth.ts";
import type { Role } from "#shared/contracts/common.ts";
import { capabilitiesOf } from "#shared/policies/capabilities.ts";

export interface Membership {
  memberId: string;
  roles: string;
  workspaceId: string;
  workspaceName: string;
  workspaceSlug: string;
}

export function presentWorkspace(membership: Membership): WorkspaceSummary {
  return {
    id: membership.workspaceId,
    name: membership.workspaceName,
    slug: membership.workspaceSlug,
    roles: parseRoles(membership.roles),
  };
}

export function presentSession(input: {
  user: { id: string; name: string; email: string };
  current: Membership;
  memberships: Membership[];
  csrfToken: string;
}): Session {
  const roles: Role[] = parseRoles(input.current.roles);
  return {
    user: { id: input.user.id, name: input.user.name, email: input.user.email },
    member: { id: input.current.memberId, roles },
    workspace: { id: input.current.workspaceId, name: input.current.workspaceName, slug: input.current.workspaceSlug },
    workspaces: input.memberships.map(presentWorkspace),
    capabilities: capabilitiesOf({ roles }),
    csrfToken: input.csrfToken,
  };
}
