import { Anchor, Badge, Button, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { allQuizzesQueryOptions } from "./api.ts";
import { CreateQuizModal } from "./components/create-quiz-modal.tsx";

function QuizzesTable() {
  const quizzes = useQuery(allQuizzesQueryOptions());
  const [creating, setCreating] = useState(false);
  const newButton = <Button onClick={() => setCreating(true)}>New quiz</Button>;
  return (
    <>
      <PageHeader title="Quizzes" description="Question banks for certifications and training; takers draw questions at random and the server scores them." actions={newButton} />
      {quizzes.isPending ? (
        <PageLoader label="Loading quizzes…" />
      ) : quizzes.isError ? (
        <PageError error={quizzes.error} onRetry={() => void quizzes.refetch()} />
      ) : quizzes.data.items.length === 0 ? (
        <PageEmpty title="No quizzes yet" description="Make one per service to certify who may sell it, or a stand-alone one for onboarding." action={newButton} />
      ) : (
        <ScrollTable label="Quizzes" minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Quiz</Table.Th>
                <Table.Th scope="col">Certifies</Table.Th>
                <Table.Th scope="col">Questions</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quizzes.data.items.map((quiz) => (
                <Table.Tr key={quiz.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/quizzes/${quiz.id}`}>
                      {quiz.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{quiz.service?.name ?? "Stand-alone"}</Table.Td>
                  <Table.Td>
                    {quiz.questionsPerAttempt} drawn from {quiz.bankSize}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={quiz.status === "published" ? "green" : "gray"}>
                      {quiz.status === "published" ? "Published" : "Draft"}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {creating && <CreateQuizModal opened onClose={() => setCreating(false)} />}
    </>
  );
}

export function QuizListPage() {
  return (
    <RequireCapability capability="training.manage">
      <QuizzesTable />
    </RequireCapability>
  );
}
