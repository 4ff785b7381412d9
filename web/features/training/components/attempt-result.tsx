import { Alert, Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { Attempt } from "#shared/contracts/quizzes.ts";

/** The score, and for each question what was right, what the member chose, and why. */
export function AttemptResult({ attempt }: { attempt: Attempt }) {
  const result = attempt.result!;
  const byQuestion = new Map(result.questions.map((question) => [question.questionId, question]));
  return (
    <Stack gap="md">
      <Alert color={attempt.passed ? "green" : "red"} title={attempt.passed ? "You passed" : "Not passed this time"} role="status">
        You scored {attempt.score} % ({result.correctCount} of {attempt.questionCount} right); the pass mark is {attempt.passMark} %.
        {attempt.status === "expired" && " Time ran out: the answers saved before then were scored."}
      </Alert>
      {attempt.questions.map((question, index) => {
        const outcome = byQuestion.get(question.id)!;
        const chosen = new Set(attempt.answers[question.id] ?? []);
        const right = new Set(outcome.correctChoiceIds);
        return (
          <Card key={question.id} withBorder padding="md" component="section" aria-labelledby={`result-${question.id}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" mb="xs">
              <Title order={3} size="h5" id={`result-${question.id}`}>
                {index + 1}. {question.prompt}
              </Title>
              <Badge color={outcome.isCorrect ? "green" : "red"} variant="light">
                {outcome.isCorrect ? "Right" : "Wrong"}
              </Badge>
            </Group>
            <List spacing={4} size="sm" mb="xs">
              {question.choices.map((choice) => (
                <List.Item key={choice.id}>
                  {choice.text}
                  {right.has(choice.id) && <strong> — correct answer</strong>}
                  {chosen.has(choice.id) && <em> — your answer</em>}
                </List.Item>
              ))}
              {chosen.size === 0 && <List.Item>You left this one unanswered.</List.Item>}
            </List>
            <Text size="sm">
              <strong>Why: </strong>
              {outcome.explanation}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}
