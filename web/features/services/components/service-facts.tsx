import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { Service } from "#shared/contracts/services.ts";
import { formatDateTime, formatRange } from "#web/components/format.ts";

export function ServiceFacts({ service }: { service: Service }) {
  const facts = [
    { label: "Duration", value: formatRange(service.durationMinWeeks, service.durationMaxWeeks, "week") },
    { label: "Lead time", value: formatRange(service.leadTimeWeeks, service.leadTimeWeeks, "week") },
    { label: "Owner", value: service.owner ? service.owner.name : "No owner" },
    { label: "Currency", value: service.currency },
    { label: "Last changed", value: formatDateTime(service.updatedAt) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
      {facts.map((fact) => (
        <Paper withBorder p="sm" key={fact.label}>
          <Text size="sm" c="dimmed">
            {fact.label}
          </Text>
          <Text fw={600}>{fact.value}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
