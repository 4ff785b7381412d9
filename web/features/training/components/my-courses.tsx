import { Anchor, Badge, Button, Card, Group, List, Progress, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Enrollment } from "#shared/contracts/courses.ts";
import { errorMessage } from "#web/api-client.ts";
import { formatDate } from "#web/components/format.ts";
import { useConfirmModule } from "../api/enrollments.ts";

const STATES: Record<Enrollment["state"], { label: string; color: string }> = {
  not_started: { label: "Not started", color: "gray" },
  in_progress: { label: "In progress", color: "blue" },
  completed: { label: "Completed", color: "green" },
  overdue: { label: "Overdue", color: "red" },
};

/** A course's modules in order, each done or to do; a link is confirmed here once read. */
function CourseCard({ enrollment }: { enrollment: Enrollment }) {
  const confirm = useConfirmModule();
  const state = STATES[enrollment.state];
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`course-${enrollment.id}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={3} size="h4" id={`course-${enrollment.id}`}>
          {enrollment.course.title}
        </Title>
        <Badge variant="light" color={state.color}>
          {state.label}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {enrollment.done} of {enrollment.total} done{enrollment.dueOn ? ` · due ${formatDate(enrollment.dueOn)}` : ""}
      </Text>
      <Progress value={enrollment.total === 0 ? 0 : (enrollment.done / enrollment.total) * 100} mt="xs" aria-label={`${enrollment.done} of ${enrollment.total} modules done`} />
      <List spacing="xs" mt="sm" size="sm">
        {enrollment.modules.map((module) => (
          <List.Item key={module.id}>
            <Group gap="xs" wrap="wrap">
              <span>{module.done ? "✓ Done:" : module.reopened ? "Changed since you read it:" : "To do:"}</span>
              {module.kind === "link" ? (
                <Anchor href={module.href} target="_blank" rel="noreferrer">
                  {module.title}
                </Anchor>
              ) : (
                <Anchor component={Link} to={module.href}>
                  {module.kind === "quiz" ? `Quiz: ${module.title}` : module.title}
                </Anchor>
              )}
              {module.kind === "link" && !module.done && enrollment.permissions.confirmModule && (
                <Button size="compact-xs" variant="default" loading={confirm.isPending} onClick={() => confirm.mutate({ enrollmentId: enrollment.id, moduleId: module.id })} aria-label={`Mark as read: ${module.title}`}>
                  Mark as read
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {confirm.isError && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {errorMessage(confirm.error)}
        </Text>
      )}
    </Card>
  );
}

export function MyCourses({ enrollments }: { enrollments: Enrollment[] }) {
  return (
    <Stack gap="sm">
      {enrollments.map((enrollment) => (
        <CourseCard key={enrollment.id} enrollment={enrollment} />
      ))}
    </Stack>
  );
}
