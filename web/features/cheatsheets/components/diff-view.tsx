import { Paper, Stack, Switch, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import type { z } from "zod";
import type { DiffPartSchema, VersionDiff } from "#shared/contracts/cheatsheets.ts";

type DiffPart = z.infer<typeof DiffPartSchema>;

const added = { background: "var(--mantine-color-green-1)", color: "var(--mantine-color-green-9)", textDecoration: "underline", textDecorationThickness: 2 };
const removed = { background: "var(--mantine-color-red-1)", color: "var(--mantine-color-red-9)", textDecoration: "line-through", textDecorationThickness: 2 };

// Long unchanged stretches shrink to their ends, so the changes stand out.
const KEEP = 160;
function shorten(value: string, first: boolean, last: boolean): string {
  if (value.length <= KEEP * 2 + 40) return value;
  const head = first ? "" : value.slice(0, KEEP);
  const tail = last ? "" : value.slice(-KEEP);
  return `${head} […] ${tail}`;
}

/** Additions are underlined and removals struck through as well as coloured, and screen readers hear which is which. */
function Parts({ parts, whole }: { parts: DiffPart[]; whole: boolean }) {
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
          <span key={index}>{whole ? part.value : shorten(part.value, index === 0, index === parts.length - 1)}</span>
        ),
      )}
    </>
  );
}

const boxStyle = { overflowWrap: "anywhere" } as const;
const codeStyle = { whiteSpace: "pre-wrap", fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } as const;

const unchanged = (parts: DiffPart[]) => parts.every((part) => !part.added && !part.removed);

function Field({ label, parts, pre, whole }: { label: string; parts: DiffPart[]; pre?: boolean; whole: boolean }) {
  const same = unchanged(parts);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {label}
        {same ? " — no changes" : ""}
      </Text>
      {(!same || whole) && (
        <Paper withBorder p="sm" style={pre ? { ...boxStyle, ...codeStyle } : boxStyle}>
          <Parts parts={parts} whole={whole} />
        </Paper>
      )}
    </Stack>
  );
}

export function DiffView({ diff }: { diff: VersionDiff }) {
  const [whole, setWhole] = useState(false);
  return (
    <Stack gap="sm" aria-label={`Changes from version ${diff.from} to ${diff.to === "draft" ? "the working draft" : `version ${diff.to}`}`} role="region">
      <Text size="sm">
        <ins style={added}>Added text</ins> is underlined, <del style={removed}>removed text</del> is struck through.
      </Text>
      <Switch label="Show the unchanged text in full" checked={whole} onChange={(event) => setWhole(event.currentTarget.checked)} />
      <Field label="Title" parts={diff.title} whole={whole} />
      <Field label="Pitch" parts={diff.pitch} whole={whole} />
      <Field label="Body" parts={diff.body} pre whole={whole} />
    </Stack>
  );
}
