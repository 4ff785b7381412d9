import { Anchor, Button, Card, Group, List, Progress, Stack, Text, ThemeIcon, Title, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import type { GettingStarted } from "#shared/contracts/onboarding.ts";
import { ROLE_LABELS } from "#shared/contracts/common.ts";
import { STEP_TEXT } from "./getting-started-steps.ts";

const listFormat = new Intl.ListFormat("en", { type: "disjunction" });

interface Props {
  checklist: GettingStarted;
  onHide: () => void;
  hiding: boolean;
}

export function GettingStartedCard({ checklist, onHide, hiding }: Props) {
  const total = checklist.steps.length;
  const allDone = checklist.completed === total;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="getting-started-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="getting-started-title">
            {allDone ? "Your workspace is set up" : "Getting started"}
          </Title>
          <Text size="sm" c="dimmed" id="getting-started-progress">
            {checklist.completed} of {total} steps done
          </Text>
        </Stack>
        <Button variant="subtle" size="compact-sm" onClick={onHide} loading={hiding}>
          Hide checklist
        </Button>
      </Group>
      <Progress.Root mb="md">
        <Progress.Section value={(checklist.completed / total) * 100} aria-label={`${checklist.completed} of ${total} steps done`} />
      </Progress.Root>
      <List spacing="md" listStyleType="none" pl={0}>
        {checklist.steps.map((step) => {
          const text = STEP_TEXT[step.key];
          const who = listFormat.format(step.takenBy.map((role) => `${ROLE_LABELS[role]}s`));
          return (
            <List.Item
              key={step.key}
              icon={
                <ThemeIcon color={step.done ? "teal.8" : "gray.6"} variant={step.done ? "filled" : "outline"} radius="xl" size={24} aria-hidden>
                  {step.done ? "✓" : ""}
                </ThemeIcon>
              }
            >
              <Stack gap={2}>
                <Text fw={600} td={step.done ? "line-through" : undefined}>
                  {text.title}
                  <VisuallyHidden>{step.done ? " (done)" : " (to do)"}</VisuallyHidden>
                </Text>
                <Text size="sm">{text.why}</Text>
                {step.permissions.take ? (
                  <Anchor component={Link} to={step.path} size="sm" fw={600}>
                    {text.action}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {who} do this{step.done ? "" : ": ask one of them"}.
                  </Text>
                )}
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
}
