import { Badge } from "@mantine/core";
import type { ReadinessState } from "#shared/contracts/readiness.ts";

const STATES: Record<ReadinessState, { label: string; color: string }> = {
  certified: { label: "Certified", color: "green" },
  expiring: { label: "Expiring", color: "yellow" },
  expired: { label: "Expired", color: "red" },
  missing: { label: "Missing", color: "gray" },
  not_required: { label: "Not needed", color: "blue" },
};

export const stateLabel = (state: ReadinessState) => STATES[state].label;

/** A certification state in words (never colour alone). */
export function StateBadge({ state }: { state: ReadinessState }) {
  return (
    <Badge variant="light" color={STATES[state].color} radius="sm">
      {STATES[state].label}
    </Badge>
  );
}
