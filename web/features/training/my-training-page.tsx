import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { Certification } from "#shared/contracts/certifications.ts";
import type { Quiz } from "#shared/contracts/quizzes.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useSession } from "#web/components/session-context.tsx";
import { myCertificationsQueryOptions } from "./api/certifications.ts";
import { quizzesQueryOptions } from "./api/quizzes.ts";
import { MyCertifications } from "./components/my-certifications.tsx";
import { QuizList } from "./components/quiz-list.tsx";

interface NextStep {
  key: string;
  text: string;
  quizId?: string;
}

/** What to do next, most urgent first: renew what lapsed or lapses, then earn what is missing. */
function nextSteps(certifications: Certification[], quizzes: Quiz[]): NextStep[] {
  const quizFor = (serviceId: string) => quizzes.find((quiz) => quiz.service?.id === serviceId && quiz.permissions.start);
  const renewals = [...certifications]
    .filter((c) => c.state !== "certified")
    .sort((a, b) => a.daysLeft - b.daysLeft)
    .map((c) => ({
      key: `renew-${c.id}`,
      text: c.state === "expired" ? `Renew ${c.service.name}: your certification expired.` : `Renew ${c.service.name}: ${c.daysLeft} days left.`,
      quizId: quizFor(c.service.id)?.id,
    }));
  const held = new Set(certifications.map((c) => c.service.id));
  const toEarn = quizzes
    .filter((quiz) => quiz.service && !held.has(quiz.service.id) && quiz.permissions.start)
    .map((quiz) => ({ key: `earn-${quiz.id}`, text: `Get certified for ${quiz.service!.name}: take "${quiz.title}".`, quizId: quiz.id }));
  const practice = quizzes.filter((quiz) => !quiz.service && quiz.permissions.start).map((quiz) => ({ key: `take-${quiz.id}`, text: `Take "${quiz.title}".`, quizId: quiz.id }));
  return [...renewals, ...toEarn, ...practice];
}

export function MyTrainingPage() {
  const session = useSession();
  const certifications = useQuery(myCertificationsQueryOptions(session.member.id));
  const quizzes = useQuery(quizzesQueryOptions());

  if (certifications.isPending || quizzes.isPending) return <PageLoader label="Loading your training…" />;
  if (certifications.isError) return <PageError title="Could not load your certifications" error={certifications.error} onRetry={() => void certifications.refetch()} />;
  if (quizzes.isError) return <PageError title="Could not load the quizzes" error={quizzes.error} onRetry={() => void quizzes.refetch()} />;
  const steps = nextSteps(certifications.data.items, quizzes.data.items);

  return (
    <Stack gap="xl">
      <PageHeader title="My training" description="Your certifications, what to do next, and the quizzes open to you." />
      <section aria-labelledby="next-steps">
        <Title order={2} size="h3" id="next-steps" mb="xs">
          What to do next
        </Title>
        {steps.length === 0 ? (
          <Text c="dimmed">Nothing waits for you. Certifications you hold are listed below.</Text>
        ) : (
          <List type="ordered" spacing="xs">
            {steps.map((step) => (
              <List.Item key={step.key}>
                {step.quizId ? (
                  <Anchor component={Link} to={`/training/quizzes/${step.quizId}`}>
                    {step.text}
                  </Anchor>
                ) : (
                  step.text
                )}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="certifications">
        <Title order={2} size="h3" id="certifications" mb="xs">
          Certifications
        </Title>
        {certifications.data.items.length === 0 ? (
          <PageEmpty title="No certifications yet" description="Pass a service's quiz to be certified to sell it." />
        ) : (
          <MyCertifications certifications={certifications.data.items} />
        )}
      </section>
      <section aria-labelledby="quizzes">
        <Title order={2} size="h3" id="quizzes" mb="xs">
          Quizzes
        </Title>
        {quizzes.data.items.length === 0 ? (
          <PageEmpty title="No quizzes yet" description="Sales managers and PMO leads publish quizzes here." />
        ) : (
          <QuizList quizzes={quizzes.data.items} />
        )}
      </section>
    </Stack>
  );
}
