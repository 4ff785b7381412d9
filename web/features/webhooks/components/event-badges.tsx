import { Badge, Group } from "@mantine/core";
import { ALL_EVENTS, eventLabel } from "./event-types.ts";

export function EventBadges({ types }: { types: readonly string[] }) {
  return (
    <Group gap={4}>
      {types.map((type) => (
        <Badge key={type} variant={type === ALL_EVENTS ? "filled" : "light"} color="indigo" tt="none">
          {eventLabel(type)}
        </Badge>
      ))}
    </Group>
  );
}
