import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Quiz } from "#shared/contracts/quizzes.ts";
import { progressLine, rulesLine } from "./quiz-progress.ts";

/** The quizzes a member can take, each with where they stand and the way in. */
export function QuizList({ quizzes }: { quizzes: Quiz[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {quizzes.map((quiz) => (
        <Card key={quiz.id} withBorder padding="md" component="article" aria-labelledby={`quiz-${quiz.id}`}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={3} size="h4" id={`quiz-${quiz.id}`}>
                {quiz.title}
              </Title>
              {quiz.progress.passed && (
                <Badge color="green" variant="light">
                  Passed
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {quiz.service ? `Certifies: ${quiz.service.name}` : "Stand-alone quiz"} · {rulesLine(quiz)}
            </Text>
            <Text size="sm">{progressLine(quiz)}</Text>
            {(quiz.permissions.start || quiz.progress.passed) && (
              <Group>
                <Button component={Link} to={`/training/quizzes/${quiz.id}`} variant={quiz.permissions.start ? "filled" : "default"} size="sm" aria-describedby={`quiz-${quiz.id}`}>
                  {quiz.progress.openAttemptId ? "Resume" : quiz.permissions.start ? "Take the quiz" : "See your result"}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
