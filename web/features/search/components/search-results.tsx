import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { SearchHit } from "#shared/contracts/search.ts";
import { formatDate } from "#web/components/format.ts";
import { HitSnippet, HitTitle, KindBadge } from "./hit-text.tsx";

const STATUS_LABELS: Record<string, string> = { draft: "Draft", in_review: "In review", archived: "Archived" };

export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Search results">
      {hits.map((hit) => (
        <Paper key={`${hit.kind}:${hit.id}`} withBorder p="md" component="li">
          <Stack gap={4}>
            <Group gap="xs" justify="space-between" align="flex-start">
              <Anchor component={Link} to={hit.link} fw={700} style={{ flex: "1 1 220px" }}>
                <HitTitle hit={hit} />
              </Anchor>
              <Group gap={4}>
                <KindBadge kind={hit.kind} />
                {hit.stale && (
                  <Badge size="xs" variant="light" color="orange">
                    Stale
                  </Badge>
                )}
                {STATUS_LABELS[hit.status] && (
                  <Badge size="xs" variant="outline" color="gray">
                    {STATUS_LABELS[hit.status]}
                  </Badge>
                )}
              </Group>
            </Group>
            <Text size="sm">
              <HitSnippet hit={hit} />
            </Text>
            <Group gap="xs">
              {hit.tags.map((tag) => (
                <Badge key={tag} variant="default" tt="none" size="xs">
                  #{tag}
                </Badge>
              ))}
              <Text size="xs" c="dimmed">
                Changed {formatDate(hit.updatedAt)}
              </Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
