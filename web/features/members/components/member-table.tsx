import { Badge, Button, Group, Table, Text } from "@mantine/core";
import type { Member } from "#shared/contracts/members.ts";
import { RoleBadges } from "#web/components/role-badges.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";

interface MemberTableProps {
  members: Member[];
  /** Present for administrators: the actions column appears. */
  onEditRoles?: (member: Member) => void;
  onChangeStatus?: (member: Member) => void;
  currentMemberId: string;
}

export function MemberTable({ members, onEditRoles, onChangeStatus, currentMemberId }: MemberTableProps) {
  const manages = Boolean(onEditRoles && onChangeStatus);
  return (
    <ScrollTable label="Members" minWidth={manages ? 860 : 640}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Status</Table.Th>
            {manages && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td fw={500}>
                {member.name}
                {member.id === currentMemberId && (
                  <Text span c="dimmed" size="sm">
                    {" "}
                    (you)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{member.email}</Table.Td>
              <Table.Td>
                <RoleBadges roles={member.roles} />
              </Table.Td>
              <Table.Td>
                <Badge color={member.status === "active" ? "teal" : "gray"} variant="light">
                  {member.status === "active" ? "Active" : "Deactivated"}
                </Badge>
              </Table.Td>
              {manages && (
                <Table.Td>
                  {member.permissions.update && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-sm" variant="light" onClick={() => onEditRoles?.(member)} aria-label={`Edit roles of ${member.name}`}>
                        Edit roles
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={member.status === "active" ? "red" : "teal"}
                        onClick={() => onChangeStatus?.(member)}
                        aria-label={`${member.status === "active" ? "Deactivate" : "Reactivate"} ${member.name}`}
                      >
                        {member.status === "active" ? "Deactivate" : "Reactivate"}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
