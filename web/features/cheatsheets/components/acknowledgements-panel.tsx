import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatDateTime } from "#web/components/format.ts";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useSheetAcknowledgements } from "../api/get-sheet-acknowledgements.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

/** Per rep: who confirmed which version, and what they last opened. */
export function AcknowledgementsPanel({ sheetId }: { sheetId: string }) {
  const acks = useSheetAcknowledgements(sheetId);
  if (acks.isPending) return <PageLoader label="Loading acknowledgements…" />;
  if (acks.isError) return <PageError error={acks.error} onRetry={() => void acks.refetch()} />;
  const { items, publishedVersion } = acks.data;
  if (items.length === 0) return <PageEmpty title="Nobody to acknowledge it yet" description="Reps appear here once the sheet is published." />;
  const current = items.filter((item) => item.current).length;

  return (
    <>
      <Group justify="space-between" gap="xs" mb="sm">
        <Text>
          {current} of {items.length} acknowledged {publishedVersion ? `version ${publishedVersion}` : "the current version"}.
        </Text>
        <Anchor component={Link} to="/cheatsheets/acknowledgements" size="sm">
          Acknowledgements by rep
        </Anchor>
      </Group>
      <ScrollTable label="Acknowledgements" minWidth={560}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rep</Table.Th>
              <Table.Th>Acknowledged</Table.Th>
              <Table.Th>Last read</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.member.id}>
                <Table.Td>
                  {/* Following up on one sheet, a manager usually wants the rep's whole picture. */}
                  <Anchor component={Link} to={`/cheatsheets/acknowledgements?member=${encodeURIComponent(item.member.id)}`} size="sm">
                    {item.member.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {item.member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {item.acknowledgedVersion === null ? (
                    <Badge color="gray" variant="light">Not yet</Badge>
                  ) : (
                    <>
                      <Badge color={item.current ? "teal" : "orange"} variant="light">
                        {item.current ? `✓ Version ${item.acknowledgedVersion}` : `Version ${item.acknowledgedVersion} — outdated`}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(item.acknowledgedAt)}
                      </Text>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.lastReadVersion === null ? (
                    <Text size="sm" c="dimmed">Never opened</Text>
                  ) : (
                    <Text size="sm">
                      Version {item.lastReadVersion}, {formatDateTime(item.lastReadAt)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
