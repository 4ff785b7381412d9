import { Alert, Paper, SimpleGrid, Table, Text } from "@mantine/core";
import type { ServiceTotals } from "#shared/contracts/services.ts";
import { daysRange, moneyRange } from "./money.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

/** Effort and price ranges, overall and per phase (the same figures on the detail page and in the editor). */
/** `narrow` for a side column: figures stacked, phase table without its own scrolling. */
export function TotalsView({ totals, narrow = false }: { totals: ServiceTotals; narrow?: boolean }) {
  // A row whose role is still blank is not worth a warning yet.
  const unpriced = totals.unpricedRoles.filter((role) => role.trim() !== "");
  return (
    <>
      <SimpleGrid cols={narrow ? 1 : { base: 1, xs: 2 }} spacing="sm">
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">
            Effort
          </Text>
          <Text fw={700} fz="lg">
            {daysRange(totals.effortDays)}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">
            Price
          </Text>
          <Text fw={700} fz="lg">
            {moneyRange(totals.price, totals.currency)}
          </Text>
        </Paper>
      </SimpleGrid>
      {unpriced.length > 0 && (
        <Alert color="yellow" mt="sm" title="Roles without a rate">
          These roles have no daily rate, so their days are not priced: {unpriced.join(", ")}.
        </Alert>
      )}
      {totals.phases.length > 0 && (
        <ScrollTable label="Totals" minWidth={narrow ? 0 : 420} mt="sm">
          <Table fz={narrow ? "sm" : undefined} horizontalSpacing={narrow ? 6 : undefined}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Phase</Table.Th>
                <Table.Th>Effort</Table.Th>
                <Table.Th>Price</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.phases.map((phase, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{phase.name || <Text span c="dimmed">Phase {index + 1}</Text>}</Table.Td>
                  <Table.Td>{daysRange(phase.effortDays)}</Table.Td>
                  <Table.Td>{moneyRange(phase.price, totals.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
