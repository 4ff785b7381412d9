import { Text } from "@mantine/core";
import type { MemberAcknowledgement } from "../api/get-member-acknowledgements.ts";

/** Where one member stands with one sheet, in words (the colour only repeats them). */
export function acknowledgementState(item: MemberAcknowledgement): { label: string; color: string } {
  if (item.acknowledgedVersion === null) return { label: "Not yet", color: "dimmed" };
  if (item.current) return { label: `Acknowledged (version ${item.acknowledgedVersion})`, color: "teal.8" };
  return { label: `Asked again — acknowledged version ${item.acknowledgedVersion}, current is ${item.sheet.publishedVersion}`, color: "orange.9" };
}

export function AcknowledgementState({ item }: { item: MemberAcknowledgement }) {
  const { label, color } = acknowledgementState(item);
  const mark = item.acknowledgedVersion === null ? "–" : item.current ? "✓" : "↻";
  return (
    <Text size="sm" fw={500} c={color}>
      <span aria-hidden>{mark} </span>
      {label}
    </Text>
  );
}
