import { Badge } from "@mantine/core";

export function WebhookStateBadge({ active }: { active: boolean }) {
  return (
    <Badge color={active ? "teal" : "gray"} variant="light">
      {active ? "Active" : "Paused"}
    </Badge>
  );
}
