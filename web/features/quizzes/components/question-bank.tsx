import { Badge, Button, Card, Group, List, Stack, Text } from "@mantine/core";
import type { Question } from "#shared/contracts/quizzes.ts";

interface Props {
  questions: Question[];
  onEdit: (question: Question) => void;
  onDelete: (question: Question) => void;
}

export function QuestionBank({ questions, onEdit, onDelete }: Props) {
  return (
    <Stack gap="sm">
      {questions.map((question, index) => (
        <Card key={question.id} withBorder padding="sm" component="article" aria-labelledby={`question-${question.id}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Text fw={600} id={`question-${question.id}`}>
              {index + 1}. {question.prompt}
            </Text>
            <Badge variant="light" color="gray">
              {question.kind === "single" ? "One answer" : "Several answers"}
            </Badge>
          </Group>
          <List size="sm" mt="xs" spacing={2}>
            {question.choices.map((choice) => (
              <List.Item key={choice.id}>
                {choice.text}
                {choice.correct && <strong> — right</strong>}
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed" mt="xs">
            Why: {question.explanation}
          </Text>
          <Group mt="xs" gap="xs">
            {question.permissions.update && (
              <Button size="xs" variant="default" onClick={() => onEdit(question)} aria-label={`Edit question ${index + 1}`}>
                Edit
              </Button>
            )}
            {question.permissions.delete && (
              <Button size="xs" variant="subtle" color="red" onClick={() => onDelete(question)} aria-label={`Delete question ${index + 1}`}>
                Delete
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
