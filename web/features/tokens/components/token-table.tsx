import { Badge, Button, Code, Table } from "@mantine/core";
import type { ApiToken } from "#shared/contracts/tokens.ts";
import { formatDate, formatDateTime } from "#web/components/format.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

function stateOf(token: ApiToken): { label: string; color: string } {
  if (token.revokedAt) return { label: "Revoked", color: "gray" };
  if (token.expiresAt && Date.parse(token.expiresAt) < Date.now()) return { label: "Expired", color: "orange" };
  return { label: "Active", color: "teal" };
}

export function TokenTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  return (
    <ScrollTable label="API tokens" minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Starts with</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const state = stateOf(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Td fw={500}>{token.name}</Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Badge color={state.color} variant="light">
                    {state.label}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                <Table.Td>{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</Table.Td>
                <Table.Td>
                  {token.permissions.revoke && (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(token)} aria-label={`Revoke the token ${token.name}`}>
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
