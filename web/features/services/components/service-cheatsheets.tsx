import { Anchor, Badge, Group, Loader, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageError } from "#web/components/page-states.tsx";
import { useServiceCheatSheets } from "../api/get-service-cheatsheets.ts";

const STATUS_LABELS: Record<string, string> = { draft: "Draft", in_review: "In review", archived: "Archived" };

/** What reps can read about the service: its cheat sheets, with what is new or stale for them. */
export function ServiceCheatSheets({ serviceId }: { serviceId: string }) {
  const sheets = useServiceCheatSheets(serviceId);
  if (sheets.isPending) return <Loader size="sm" aria-label="Loading cheat sheets" />;
  if (sheets.isError) return <PageError error={sheets.error} onRetry={() => void sheets.refetch()} />;
  const items = sheets.data.items;
  if (items.length === 0) return <Text c="dimmed">No cheat sheet is about this service yet.</Text>;

  return (
    <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((sheet) => (
        <li key={sheet.id}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/cheatsheets/${sheet.id}`} fw={600}>
              {sheet.title}
            </Anchor>
            {STATUS_LABELS[sheet.status] && <Badge size="xs" variant="light" color="gray">{STATUS_LABELS[sheet.status]}</Badge>}
            {sheet.readState === "new" && <Badge size="xs" color="blue">New</Badge>}
            {sheet.readState === "updated" && <Badge size="xs" color="violet">Updated</Badge>}
            {sheet.stale && <Badge size="xs" color="orange" variant="light">Stale</Badge>}
            {sheet.acknowledged && <Text size="xs" c="teal.9">✓ Acknowledged</Text>}
          </Group>
          {sheet.pitch && (
            <Text size="sm" c="dimmed">
              {sheet.pitch}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
