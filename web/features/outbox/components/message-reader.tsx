import { Button, Code, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { OutboxMessage } from "#shared/contracts/outbox.ts";
import { formatDateTime } from "#web/components/format.ts";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { useOutboxMessage } from "../api/get-outbox-message.ts";

type View = "html" | "text" | "source";

/** The message's own styles are gone (sanitized); a plain sheet keeps it readable. */
const frameDocument = (html: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:system-ui,sans-serif;font-size:14px;line-height:1.5;color:#212529;margin:12px;overflow-wrap:anywhere}a{color:#1c7ed6}table{border-collapse:collapse}</style></head><body>${html}</body></html>`;

function Headers({ message }: { message: OutboxMessage }) {
  const rows: Array<[string, string]> = [
    ["From", message.from],
    ["To", message.to],
    ["Date", message.date ? formatDateTime(message.date) : "—"],
    ["File", message.name],
  ];
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={56} c="dimmed" fw={500} style={{ verticalAlign: "top" }}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: "anywhere" }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Body({ message }: { message: OutboxMessage }) {
  const [view, setView] = useState<View>(message.html ? "html" : "text");
  const views = [
    ...(message.html ? [{ value: "html", label: "Formatted" }] : []),
    { value: "text", label: "Text" },
    ...(message.html ? [{ value: "source", label: "HTML as text" }] : []),
  ];
  return (
    <Stack gap="xs">
      {views.length > 1 && <SegmentedControl size="xs" data={views} value={view} onChange={(value) => setView(value as View)} aria-label="Show the message as" style={{ alignSelf: "flex-start" }} />}
      {view === "html" && message.html ? (
        <iframe
          title={`The message “${message.subject}”, formatted`}
          sandbox=""
          srcDoc={frameDocument(message.html)}
          style={{ width: "100%", height: 420, border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4, background: "white" }}
        />
      ) : (
        <Code block tabIndex={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: 420, overflowY: "auto" }}>
          {view === "source" ? message.html : (message.text ?? "This message has no text part.")}
        </Code>
      )}
    </Stack>
  );
}

export function MessageReader({ name, onClose }: { name: string; onClose: () => void }) {
  const message = useOutboxMessage(name);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outbox-reader-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Title order={2} size="h4" id="outbox-reader-title" style={{ overflowWrap: "anywhere" }}>
          {message.data ? message.data.subject || "(no subject)" : "Message"}
        </Title>
        <Button variant="subtle" size="compact-sm" onClick={onClose} style={{ flexShrink: 0 }}>
          Close
        </Button>
      </Group>
      {message.isPending ? (
        <PageLoader label="Opening the message…" />
      ) : message.isError ? (
        <PageError error={message.error} onRetry={() => void message.refetch()} />
      ) : (
        <Stack gap="sm">
          <Headers message={message.data} />
          <Body key={message.data.name} message={message.data} />
          <Text size="xs" c="dimmed">
            The formatted view shows the HTML part as the server cleaned it, with no scripts, images or styles, in a frame that can do nothing.
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
