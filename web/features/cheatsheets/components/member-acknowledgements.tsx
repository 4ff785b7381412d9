import { Anchor, Paper, Progress, Skeleton, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { errorMessage } from "#web/api-client.ts";
import { formatDate } from "#web/components/format.ts";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useAcknowledgementCounts, useMemberAcknowledgements } from "../api/get-member-acknowledgements.ts";
import { AcknowledgementState } from "./acknowledgement-state.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";

function Summary({ memberId }: { memberId: string | undefined }) {
  const counts = useAcknowledgementCounts(memberId);
  if (counts.isPending) return <Skeleton height={58} mb="md" aria-label="Counting acknowledgements" />;
  // The table below says what went wrong; the summary just steps aside.
  if (counts.isError || counts.data.sheets === 0) return null;
  const { sheets, current, askedAgain } = counts.data;
  const notYet = sheets - current - askedAgain;
  const percent = Math.round((current / sheets) * 100);
  const headline = `${current} of ${sheets} current sheets acknowledged`;

  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-label="Summary">
      <Text fw={600}>{headline}</Text>
      <Text size="sm" c="dimmed" mb={6}>
        {askedAgain} asked again · {notYet} not yet
      </Text>
      <Progress value={percent} color={percent === 100 ? "teal" : "blue"} aria-label={headline} />
    </Paper>
  );
}

/** Every published sheet with one member's acknowledgement of it; without `memberId`, the caller's. */
export function MemberAcknowledgements({ memberId, emptyHint }: { memberId: string | undefined; emptyHint: string }) {
  const acks = useMemberAcknowledgements(memberId);
  const items = acks.data?.pages.flatMap((page) => page.items) ?? [];

  if (acks.isPending) return <PageLoader label="Loading acknowledgements…" />;
  if (acks.isError && items.length === 0) return <PageError error={acks.error} onRetry={() => void acks.refetch()} />;
  if (items.length === 0) return <PageEmpty title="No published cheat sheets yet" description={emptyHint} />;

  return (
    <>
      <Summary memberId={memberId} />
      <ScrollTable label="Acknowledgements" minWidth={320}>
        <Table verticalSpacing="xs" striped aria-label="Acknowledgements">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Cheat sheet</Table.Th>
              <Table.Th>Acknowledgement</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.sheet.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/cheatsheets/${item.sheet.id}`} size="sm" fw={500}>
                    {item.sheet.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    Version {item.sheet.publishedVersion}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AcknowledgementState item={item} />
                  {item.acknowledgedAt && (
                    <Text size="xs" c="dimmed">
                      on {formatDate(item.acknowledgedAt)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {acks.isFetchNextPageError && (
        <Text c="red.9" size="sm" mt="sm" role="alert">
          Could not load more: {errorMessage(acks.error)}
        </Text>
      )}
      <LoadMore hasMore={acks.hasNextPage} loading={acks.isFetchingNextPage} onLoad={() => void acks.fetchNextPage()} />
    </>
  );
}
