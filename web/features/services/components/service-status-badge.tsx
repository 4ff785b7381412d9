import { Badge } from "@mantine/core";
import type { Service } from "#shared/contracts/services.ts";

export function ServiceStatusBadge({ status }: { status: Service["status"] }) {
  return (
    <Badge color={status === "active" ? "teal" : "gray"} variant="light">
      {status === "active" ? "Active" : "Retired"}
    </Badge>
  );
}
