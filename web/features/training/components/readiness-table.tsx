import { Table, Text } from "@mantine/core";
import { cellOf, type ReadinessMatrix } from "#shared/contracts/readiness.ts";
import { describeRoles } from "#shared/contracts/common.ts";
import { formatDate } from "#web/components/format.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";
import { StateBadge } from "./state-badge.tsx";

/** Members down, services across; each cell its state in words, the expiry and the linked sheets acknowledged. */
export function ReadinessTable({ matrix }: { matrix: ReadinessMatrix }) {
  return (
    <ScrollTable label="Readiness by member and service" minWidth={260 + matrix.services.length * 150}>
      <Table striped withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Member</Table.Th>
            <Table.Th scope="col">Ready for</Table.Th>
            {matrix.services.map((service) => (
              <Table.Th key={service.id} scope="col">
                {service.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.rows.map((row) => (
            <Table.Tr key={row.member.id}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {row.member.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {describeRoles(row.roles)}
                </Text>
              </Table.Th>
              <Table.Td>
                {row.ready} of {matrix.services.length}
              </Table.Td>
              {matrix.services.map((service, index) => {
                const cell = cellOf(row, index);
                return (
                  <Table.Td key={service.id}>
                    <StateBadge state={cell.state} />
                    {cell.expiresOn && (
                      <Text size="xs" c="dimmed">
                        {cell.state === "expired" ? "Expired" : "Expires"} {formatDate(cell.expiresOn)}
                      </Text>
                    )}
                    {service.sheets > 0 && (
                      <Text size="xs" c="dimmed">
                        Sheets {cell.sheetsAcknowledged} of {service.sheets}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
