import { Anchor, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { ServiceSummary } from "#shared/contracts/services.ts";
import { formatRange } from "#web/components/format.ts";
import { daysRange, moneyRange } from "./money.ts";
import { ServiceStatusBadge } from "./service-status-badge.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";

export function ServiceTable({ services }: { services: ServiceSummary[] }) {
  return (
    <ScrollTable label="Services" minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Service</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Lead time</Table.Th>
            <Table.Th>Effort</Table.Th>
            <Table.Th>Price</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Td maw={340}>
                <Anchor component={Link} to={`/services/${service.id}`} fw={600}>
                  {service.name}
                </Anchor>
                {service.summary && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {service.summary}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatRange(service.durationMinWeeks, service.durationMaxWeeks, "week")}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatRange(service.leadTimeWeeks, service.leadTimeWeeks, "week")}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{daysRange(service.totals.effortDays)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{moneyRange(service.totals.price, service.totals.currency)}</Table.Td>
              <Table.Td>{service.owner?.name ?? <Text c="dimmed" span>No owner</Text>}</Table.Td>
              <Table.Td>
                <ServiceStatusBadge status={service.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
