import { Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import type { z } from "zod";
import type { DiffPartSchema, VersionDiff } from "#shared/contracts/cheatsheets.ts";

type DiffPart = z.infer<typeof DiffPartSchema>;

const added = { background: "var(--mantine-color-green-1)", color: "var(--mantine-color-green-9)", textDecoration: "underline", textDecorationThickness: 2 };
const removed = { background: "var(--mantine-color-red-1)", color: "var(--mantine-color-red-9)", textDecoration: "line-through", textDecorationThickness: 2 };

/** Additions are underlined and removals struck through as well as coloured, and screen readers hear which is which. */
function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} style={added}>
            <VisuallyHidden>[added: </VisuallyHidden>
            {part.value}
            <VisuallyHidden>]</VisuallyHidden>
          </ins>
        ) : part.removed ? (
          <del key={index} style={removed}>
            <VisuallyHidden>[removed: </VisuallyHidden>
            {part.value}
            <VisuallyHidden>]</VisuallyHidden>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </>
  );
}

const unchanged = (parts: DiffPart[]) => parts.every((part) => !part.added && !part.removed);

function Field({ label, parts, pre }: { label: string; parts: DiffPart[]; pre?: boolean }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {label}
        {unchanged(parts) ? " (unchanged)" : ""}
      </Text>
      <Paper withBorder p="sm" style={{ whiteSpace: pre ? "pre-wrap" : undefined, overflowWrap: "anywhere", fontFamily: pre ? "var(--mantine-font-family-monospace)" : undefined, fontSize: pre ? 13 : undefined }}>
        <Parts parts={parts} />
      </Paper>
    </Stack>
  );
}

export function DiffView({ diff }: { diff: VersionDiff }) {
  return (
    <Stack gap="sm" aria-label={`Changes from version ${diff.from} to ${diff.to === "draft" ? "the working draft" : `version ${diff.to}`}`} role="region">
      <Group gap="md">
        <Text size="sm">
          <ins style={added}>Added text</ins> is underlined, <del style={removed}>removed text</del> is struck through.
        </Text>
      </Group>
      <Field label="Title" parts={diff.title} />
      <Field label="Pitch" parts={diff.pitch} />
      <Field label="Body" parts={diff.body} pre />
    </Stack>
  );
}
