import { Badge, Button, Table } from "@mantine/core";
import type { Invitation } from "#shared/contracts/invitations.ts";
import { formatDate, formatDateTime } from "#web/components/format.ts";
import { RoleBadges } from "#web/components/role-badges.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";

const STATUS_COLORS: Record<Invitation["status"], string> = { pending: "blue", accepted: "teal", revoked: "gray", expired: "orange" };
const STATUS_LABELS: Record<Invitation["status"], string> = { pending: "Pending", accepted: "Accepted", revoked: "Revoked", expired: "Expired" };

export function InvitationTable({ invitations, onRevoke }: { invitations: Invitation[]; onRevoke: (invitation: Invitation) => void }) {
  return (
    <ScrollTable label="Invitations" minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Invited by</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td fw={500}>{invitation.email}</Table.Td>
              <Table.Td>
                <RoleBadges roles={invitation.roles} />
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[invitation.status]} variant="light">
                  {STATUS_LABELS[invitation.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{invitation.invitedBy.name}</Table.Td>
              <Table.Td>{formatDateTime(invitation.createdAt)}</Table.Td>
              <Table.Td>{invitation.status === "accepted" ? `Accepted ${formatDate(invitation.acceptedAt)}` : formatDate(invitation.expiresAt)}</Table.Td>
              <Table.Td>
                {invitation.permissions.revoke && (
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(invitation)} aria-label={`Revoke the invitation of ${invitation.email}`}>
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
