import { Anchor, Table } from "@mantine/core";
import type { Certification } from "#shared/contracts/certifications.ts";
import { formatDate } from "#web/components/format.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";
import { certificatePdfUrl } from "../api/certifications.ts";
import { StateBadge } from "./state-badge.tsx";

/** The last day a certification holds: the day before it expires. */
const lastDay = (expiresOn: string) => new Date(Date.parse(`${expiresOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function MyCertifications({ certifications }: { certifications: Certification[] }) {
  return (
    <ScrollTable label="Your certifications" minWidth={560}>
      <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Service</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Earned</Table.Th>
          <Table.Th>Valid through</Table.Th>
          <Table.Th>Certificate</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {certifications.map((certification) => (
          <Table.Tr key={certification.id}>
            <Table.Td>{certification.service.name}</Table.Td>
            <Table.Td>
              <StateBadge state={certification.state} />
            </Table.Td>
            <Table.Td>{formatDate(certification.earnedOn)}</Table.Td>
            <Table.Td>
              {formatDate(lastDay(certification.expiresOn))}
              {certification.state === "expiring" && ` (${certification.daysLeft} days left)`}
            </Table.Td>
            <Table.Td>
              {certification.permissions.downloadCertificate && (
                <Anchor href={certificatePdfUrl(certification.id)} download aria-label={`Download PDF: certificate for ${certification.service.name}`}>
                  Download PDF
                </Anchor>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
