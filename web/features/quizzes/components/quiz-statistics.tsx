import { Table, Text } from "@mantine/core";
import type { QuizStatistics } from "#shared/contracts/quizzes.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)} %`);

/** Per question: how often drawn, the share answered right, and each choice's picks (a wrong choice picked often is the one to reword). */
export function QuizStatisticsTable({ statistics }: { statistics: QuizStatistics }) {
  if (statistics.closedAttempts === 0) return <Text c="dimmed">No attempt has been finished yet. Figures appear after the first.</Text>;
  return (
    <ScrollTable label="Statistics per question" minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Question</Table.Th>
            <Table.Th scope="col">Drawn</Table.Th>
            <Table.Th scope="col">Answered right</Table.Th>
            <Table.Th scope="col">Choices picked</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statistics.questions.map((question) => (
            <Table.Tr key={question.questionId}>
              <Table.Td>{question.prompt}</Table.Td>
              <Table.Td>{question.drawn}</Table.Td>
              <Table.Td>{percent(question.correctShare)}</Table.Td>
              <Table.Td>
                {question.choices.map((choice) => (
                  <Text key={choice.id} size="xs">
                    {choice.text}
                    {choice.correct ? " (right)" : ""}: {choice.picks} ({percent(choice.pickShare)})
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
