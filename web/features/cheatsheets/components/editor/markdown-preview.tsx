import { Text, Typography } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo } from "react";
import { renderPreview } from "./markdown.ts";

export function MarkdownPreview({ source }: { source: string }) {
  const [debounced] = useDebouncedValue(source, 200);
  const html = useMemo(() => renderPreview(debounced), [debounced]);
  if (!debounced.trim()) return <Text c="dimmed">Nothing to preview yet.</Text>;
  return (
    <Typography>
      {/* markdown-it with raw HTML escaped and only http(s)/mailto links: see markdown.ts. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
