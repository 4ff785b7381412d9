import { Anchor, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { CheatSheetContent } from "#shared/contracts/cheatsheets.ts";
import { TagBadges } from "./sheet-badges.tsx";
import { SheetBody } from "./sheet-body.tsx";

/** One copy of a sheet as a rep reads it: the pitch, the body, what it is about. */
export function SheetContentView({ content, showTitle }: { content: CheatSheetContent; showTitle?: boolean }) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="article" aria-label={content.title}>
      <Stack gap="md">
        {showTitle && (
          <Text fw={700} fz="xl">
            {content.title}
          </Text>
        )}
        {content.pitch && (
          <Text fz="lg" fw={500} style={{ borderLeft: "4px solid var(--mantine-color-blue-5)", paddingLeft: 12 }}>
            {content.pitch}
          </Text>
        )}
        <SheetBody html={content.bodyHtml} />
        {(content.services.length > 0 || content.tags.length > 0) && (
          <Stack gap={6} pt="sm" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
            {content.services.length > 0 && (
              <Text size="sm">
                <Text span c="dimmed" inherit>
                  Services:{" "}
                </Text>
                {content.services.map((service, index) => (
                  <span key={service.id}>
                    {index > 0 && ", "}
                    <Anchor component={Link} to={`/services/${service.id}`} inherit>
                      {service.name}
                    </Anchor>
                  </span>
                ))}
              </Text>
            )}
            <TagBadges tags={content.tags} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
