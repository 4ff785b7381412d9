import { Group, Paper, Progress, Skeleton, Text } from "@mantine/core";
import { useCheatSheetStats } from "../api/get-cheatsheet-stats.ts";

/** How far reps can trust the published sheets: the share re-verified in time. */
export function TrustScore({ showUnacknowledged }: { showUnacknowledged: boolean }) {
  const stats = useCheatSheetStats();
  if (stats.isPending) return <Skeleton height={58} mb="md" aria-label="Loading the trust score" />;
  if (stats.isError) return null;
  const { published, verified, stale, trustScore, unacknowledged } = stats.data;
  const percent = trustScore === null ? null : Math.round(trustScore * 100);
  const color = percent === null ? "gray" : percent >= 80 ? "teal" : percent >= 50 ? "yellow" : "red";

  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-label="Trust score">
      <Group justify="space-between" gap="xs" mb={6}>
        <Text fw={600}>
          {percent === null ? "Trust score — no published sheets yet" : `Trust score ${percent} % — ${verified} of ${published} published sheets verified`}
        </Text>
        <Text size="sm" c="dimmed">
          {stale > 0 ? `${stale} stale` : "None stale"}
          {showUnacknowledged && unacknowledged > 0 ? ` · ${unacknowledged} waiting for your acknowledgement` : ""}
        </Text>
      </Group>
      {percent !== null && <Progress value={percent} color={color} aria-label={`Trust score ${percent} %`} />}
    </Paper>
  );
}
