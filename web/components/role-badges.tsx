import { Badge, Group } from "@mantine/core";
import { ROLE_LABELS, type Role } from "#shared/contracts/common.ts";

const ROLE_COLORS: Record<Role, string> = {
  admin: "red",
  pmo: "violet",
  pm: "blue",
  sales_manager: "orange",
  rep: "teal",
  se: "cyan",
};

export function RoleBadges({ roles }: { roles: Role[] }) {
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} color={ROLE_COLORS[role]} variant="light" tt="none">
          {ROLE_LABELS[role]}
        </Badge>
      ))}
    </Group>
  );
}
