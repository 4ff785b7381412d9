import { Container, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** The narrow, centred frame of the signed-out pages (sign-in, sign-up, invitation). */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Container size={460} py={48} px="md" component="main">
      <Stack gap="lg">
        <Stack gap={4} align="center">
          <Text fw={700} fz={28} c="blue.7">
            Tandem
          </Text>
          <Title order={1} size="h3" ta="center">
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" ta="center" size="sm">
              {subtitle}
            </Text>
          )}
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          {children}
        </Paper>
      </Stack>
    </Container>
  );
}
