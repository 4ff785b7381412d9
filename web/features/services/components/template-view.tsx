import { Stack, Table, Text, Title } from "@mantine/core";
import type { EstimationTemplate } from "#shared/contracts/services.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

export function TemplateView({ template }: { template: EstimationTemplate }) {
  if (template.phases.length === 0) return <Text c="dimmed">No phases yet.</Text>;
  return (
    <Stack gap="lg">
      {template.phases.map((phase, index) => (
        <section key={index} aria-label={`Phase ${index + 1}: ${phase.name}`}>
          <Title order={3} size="h5">
            {index + 1}. {phase.name}
          </Title>
          {phase.description && (
            <Text size="sm" c="dimmed" mb="xs" style={{ whiteSpace: "pre-line" }}>
              {phase.description}
            </Text>
          )}
          {phase.efforts.length === 0 ? (
            <Text size="sm" c="dimmed">
              No roles in this phase.
            </Text>
          ) : (
            <ScrollTable label="Phase roles" minWidth={360}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Role</Table.Th>
                    <Table.Th ta="right">Min days</Table.Th>
                    <Table.Th ta="right">Max days</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {phase.efforts.map((effort, row) => (
                    <Table.Tr key={row}>
                      <Table.Td>{effort.role}</Table.Td>
                      <Table.Td ta="right">{effort.minDays}</Table.Td>
                      <Table.Td ta="right">{effort.maxDays}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </section>
      ))}
    </Stack>
  );
}
