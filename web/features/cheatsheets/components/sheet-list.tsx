import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { CheatSheetSummary } from "#shared/contracts/cheatsheets.ts";
import { formatDate } from "#web/components/format.ts";
import { SheetBadges, TagBadges } from "./sheet-badges.tsx";

/** Cards rather than a table: a title and a pitch read well on a phone too. */
export function SheetList({ sheets, showStatus }: { sheets: CheatSheetSummary[]; showStatus: boolean }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Cheat sheets">
      {sheets.map((sheet) => (
        <Paper key={sheet.id} withBorder p="md" component="li">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Anchor component={Link} to={`/cheatsheets/${sheet.id}`} fw={700} fz="lg" style={{ flex: "1 1 240px" }}>
                {sheet.title}
              </Anchor>
              <SheetBadges sheet={sheet} showStatus={showStatus} />
            </Group>
            {sheet.pitch && <Text>{sheet.pitch}</Text>}
            <Group justify="space-between" gap="xs">
              <TagBadges tags={sheet.tags} />
              <Text size="sm" c="dimmed">
                {sheet.owner ? `${sheet.owner.name} · ` : ""}
                {sheet.publishedAt ? `published ${formatDate(sheet.publishedAt)}` : `changed ${formatDate(sheet.updatedAt)}`}
              </Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
