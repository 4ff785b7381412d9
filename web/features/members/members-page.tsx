import { Group, Select, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "#shared/contracts/common.ts";
import type { Member } from "#shared/contracts/members.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useCan, useSession } from "#web/components/session-context.tsx";
import { membersQueryOptions } from "./api/get-members.ts";
import { EditRolesModal } from "./components/edit-roles-modal.tsx";
import { MemberStatusModal } from "./components/member-status-modal.tsx";
import { MemberTable } from "./components/member-table.tsx";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "deactivated", label: "Deactivated" },
];

export function MembersPage() {
  const session = useSession();
  const isAdmin = useCan("members.manage");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<Member["status"] | null>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const [changingStatus, setChangingStatus] = useState<Member | null>(null);
  const members = useInfiniteQuery({
    ...membersQueryOptions({ q: q || undefined, role: role ?? undefined, status: status ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Members"
        description={isAdmin ? "Everyone in this workspace. You can change roles and deactivate members." : "Everyone in this workspace."}
      />
      <Group mb="md" align="flex-end" gap="sm" grow preventGrowOverflow={false}>
        <TextInput label="Search" type="search" placeholder="Name or e-mail" value={search} onChange={(event) => setSearch(event.currentTarget.value)} miw={200} />
        <Select label="Role" placeholder="Any role" data={ROLE_OPTIONS} value={role} onChange={(value) => setRole(value as Role | null)} clearable miw={160} />
        <Select label="Status" placeholder="Any status" data={STATUS_OPTIONS} value={status} onChange={(value) => setStatus(value as Member["status"] | null)} clearable miw={160} />
      </Group>

      {members.isPending ? (
        <PageLoader label="Loading members…" />
      ) : members.isError && items.length === 0 ? (
        <PageError error={members.error} onRetry={() => void members.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty title="No members match" description="Try another search, role or status." />
      ) : (
        <>
          <MemberTable
            members={items}
            currentMemberId={session.member.id}
            onEditRoles={isAdmin ? setEditing : undefined}
            onChangeStatus={isAdmin ? setChangingStatus : undefined}
          />
          <LoadMore hasMore={members.hasNextPage} loading={members.isFetchingNextPage} onLoad={() => void members.fetchNextPage()} />
        </>
      )}

      {editing && <EditRolesModal key={editing.id} member={editing} onClose={() => setEditing(null)} />}
      {changingStatus && <MemberStatusModal key={changingStatus.id} member={changingStatus} onClose={() => setChangingStatus(null)} />}
    </>
  );
}
