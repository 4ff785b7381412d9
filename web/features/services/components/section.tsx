import { Paper, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled block of a service page or of the editor. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
