import { Text, Timeline } from "@mantine/core";
import type { ReviewEntry } from "#shared/contracts/cheatsheets.ts";
import { formatDateTime } from "#web/components/format.ts";

const ACTION_LABELS: Record<string, string> = {
  created: "Created",
  submitted: "Submitted for review",
  submit: "Submitted for review",
  approved: "Approved and published",
  approve: "Approved and published",
  changes_requested: "Changes requested",
  request_changes: "Changes requested",
  verified: "Re-verified",
  verify: "Re-verified",
  archived: "Archived",
  archive: "Archived",
  unarchived: "Unarchived",
  unarchive: "Unarchived",
  restored: "Restored as a draft",
  restore: "Restored as a draft",
  exception_accepted: "Published with a clarity exception",
};

const label = (action: string) => ACTION_LABELS[action] ?? action.replace(/_/g, " ").replace(/^./, (first) => first.toUpperCase());

/** Submissions, reviews and verifications, newest first. */
export function ReviewTimeline({ entries }: { entries: ReviewEntry[] }) {
  if (entries.length === 0) return <Text c="dimmed">Nobody has submitted or reviewed this sheet yet.</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1}>
      {entries.map((entry) => (
        <Timeline.Item key={entry.id} title={label(entry.action)}>
          <Text size="sm" c="dimmed">
            {entry.member?.name ?? "Someone"} · {formatDateTime(entry.at)}
            {entry.versionNumber !== null ? ` · version ${entry.versionNumber}` : ""}
          </Text>
          {entry.comment && (
            <Text size="sm" mt={2} style={{ whiteSpace: "pre-wrap" }}>
              “{entry.comment}”
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
