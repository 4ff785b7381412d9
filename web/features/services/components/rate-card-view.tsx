import { Table, Text } from "@mantine/core";
import type { Rate } from "#shared/contracts/services.ts";
import { money } from "./money.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

export function RateCardView({ rates, currency }: { rates: Rate[]; currency: string }) {
  if (rates.length === 0) return <Text c="dimmed">No rates yet.</Text>;
  return (
    <ScrollTable label="Rate card" minWidth={300}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Role</Table.Th>
            <Table.Th ta="right">Daily rate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rates.map((rate) => (
            <Table.Tr key={rate.role}>
              <Table.Td>{rate.role}</Table.Td>
              <Table.Td ta="right">{money(rate.dailyRate, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
