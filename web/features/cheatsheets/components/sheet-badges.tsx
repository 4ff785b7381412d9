import { Badge, Group, ThemeIcon, Tooltip } from "@mantine/core";
import type { CheatSheetStatus, CheatSheetSummary } from "#shared/contracts/cheatsheets.ts";

export const STATUS_LABELS: Record<CheatSheetStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};

const STATUS_COLORS: Record<CheatSheetStatus, string> = { draft: "gray", in_review: "yellow", published: "teal", archived: "dark" };

export function SheetStatusBadge({ status }: { status: CheatSheetStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

function CheckIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M20 6 9 17l-5-5" />
    </svg>
  );
}

/** Status, the caller's read state, staleness and acknowledgement, as badges that say it in words. */
export function SheetBadges({ sheet, showStatus, showAcknowledged = true }: { sheet: CheatSheetSummary; showStatus: boolean; showAcknowledged?: boolean }) {
  return (
    <Group gap={6} wrap="wrap">
      {showStatus && <SheetStatusBadge status={sheet.status} />}
      {showStatus && sheet.status === "published" && sheet.draftStatus && (
        <Badge color={sheet.draftStatus === "in_review" ? "yellow" : "gray"} variant="outline">
          {sheet.draftStatus === "in_review" ? "Next version in review" : "Next version in draft"}
        </Badge>
      )}
      {sheet.readState === "new" && (
        <Badge color="blue" variant="filled">
          New
        </Badge>
      )}
      {sheet.readState === "updated" && (
        <Badge color="violet" variant="filled">
          Updated
        </Badge>
      )}
      {sheet.stale && (
        <Badge color="orange" variant="light">
          Stale
        </Badge>
      )}
      {showAcknowledged && sheet.acknowledged && (
        <Tooltip label="You acknowledged the current version">
          <Group gap={4} wrap="nowrap" c="teal.9" fz="sm" fw={500}>
            <ThemeIcon size="sm" radius="xl" color="teal" variant="light">
              <CheckIcon />
            </ThemeIcon>
            Acknowledged
          </Group>
        </Tooltip>
      )}
    </Group>
  );
}

export function TagBadges({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap" aria-label="Tags">
      {tags.map((tag) => (
        <Badge key={tag} variant="default" tt="none" size="sm">
          #{tag}
        </Badge>
      ))}
    </Group>
  );
}
