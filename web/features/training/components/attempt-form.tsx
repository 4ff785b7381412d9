import { Checkbox, Fieldset, Radio, Stack, Text } from "@mantine/core";
import type { Answers, Attempt } from "#shared/contracts/quizzes.ts";

interface AttemptFormProps {
  attempt: Attempt;
  answers: Answers;
  onChange: (questionId: string, choiceIds: string[]) => void;
  disabled?: boolean;
}

/** The attempt's questions in the order drawn: radio buttons for one choice, checkboxes for several (arrow keys and space work). */
export function AttemptForm({ attempt, answers, onChange, disabled }: AttemptFormProps) {
  const count = attempt.questions.length;
  return (
    <Stack gap="lg">
      {attempt.questions.map((question, index) => {
        const chosen = answers[question.id] ?? [];
        const legend = `Question ${index + 1} of ${count}`;
        return (
          <Fieldset key={question.id} legend={legend} disabled={disabled}>
            <Text mb="sm" id={`prompt-${question.id}`}>
              {question.prompt}
            </Text>
            {question.kind === "single" ? (
              <Radio.Group value={chosen[0] ?? null} onChange={(value) => onChange(question.id, [value])} aria-labelledby={`prompt-${question.id}`}>
                <Stack gap="xs">
                  {question.choices.map((choice) => (
                    <Radio key={choice.id} value={choice.id} label={choice.text} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : (
              <Checkbox.Group value={chosen} onChange={(value) => onChange(question.id, value)} aria-labelledby={`prompt-${question.id}`} description="Choose all that apply.">
                <Stack gap="xs" mt="xs">
                  {question.choices.map((choice) => (
                    <Checkbox key={choice.id} value={choice.id} label={choice.text} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </Fieldset>
        );
      })}
    </Stack>
  );
}
