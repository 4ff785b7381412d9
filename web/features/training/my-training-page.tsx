import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { Certification } from "#shared/contracts/certifications.ts";
import type { Enrollment } from "#shared/contracts/courses.ts";
import type { Quiz } from "#shared/contracts/quizzes.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useSession } from "#web/components/session-context.tsx";
import { myCertificationsQueryOptions } from "./api/certifications.ts";
import { myEnrollmentsQueryOptions } from "./api/enrollments.ts";
import { quizzesQueryOptions } from "./api/quizzes.ts";
import { MyCertifications } from "./components/my-certifications.tsx";
import { MyCourses } from "./components/my-courses.tsx";
import { QuizList } from "./components/quiz-list.tsx";

interface NextStep {
  key: string;
  text: string;
  /** Where to take it: a page of Tandem, or (`external`) a course's link; none when no quiz is open for it. */
  href?: string;
  external?: boolean;
}

const quizPage = (quizId: string) => `/training/quizzes/${quizId}`;

/** The first module still to do of each unfinished course, overdue courses first. */
function courseSteps(enrollments: Enrollment[]): NextStep[] {
  const open = enrollments.filter((enrollment) => enrollment.state !== "completed").sort((a, b) => Number(b.state === "overdue") - Number(a.state === "overdue") || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
  return open.flatMap((enrollment) => {
    const next = enrollment.modules.find((module) => !module.done);
    if (!next) return [];
    const late = enrollment.state === "overdue" ? " (overdue)" : "";
    return [{ key: `course-${enrollment.id}`, text: `${enrollment.course.title}${late}: ${next.kind === "quiz" ? `take "${next.title}"` : `read "${next.title}"`}.`, href: next.href, external: next.kind === "link" }];
  });
}

/** What to do next, most urgent first: overdue courses, renewals, then certifications to earn. */
function nextSteps(certifications: Certification[], quizzes: Quiz[]): NextStep[] {
  const quizFor = (serviceId: string) => quizzes.find((quiz) => quiz.service?.id === serviceId && quiz.permissions.start);
  const renewals = [...certifications]
    .filter((c) => c.state !== "certified")
    .sort((a, b) => a.daysLeft - b.daysLeft)
    .map((c) => ({
      key: `renew-${c.id}`,
      text: c.state === "expired" ? `Renew ${c.service.name}: your certification expired.` : `Renew ${c.service.name}: ${c.daysLeft} days left.`,
      href: quizFor(c.service.id) && quizPage(quizFor(c.service.id)!.id),
    }));
  const held = new Set(certifications.map((c) => c.service.id));
  const toEarn = quizzes
    .filter((quiz) => quiz.service && !held.has(quiz.service.id) && quiz.permissions.start)
    .map((quiz) => ({ key: `earn-${quiz.id}`, text: `Get certified for ${quiz.service!.name}: take "${quiz.title}".`, href: quizPage(quiz.id) }));
  const practice = quizzes.filter((quiz) => !quiz.service && quiz.permissions.start).map((quiz) => ({ key: `take-${quiz.id}`, text: `Take "${quiz.title}".`, href: quizPage(quiz.id) }));
  return [...renewals, ...toEarn, ...practice];
}

export function MyTrainingPage() {
  const session = useSession();
  const certifications = useQuery(myCertificationsQueryOptions(session.member.id));
  const quizzes = useQuery(quizzesQueryOptions());
  const enrollments = useQuery(myEnrollmentsQueryOptions(session.member.id));

  if (certifications.isPending || quizzes.isPending || enrollments.isPending) return <PageLoader label="Loading your training…" />;
  if (enrollments.isError) return <PageError title="Could not load your courses" error={enrollments.error} onRetry={() => void enrollments.refetch()} />;
  if (certifications.isError) return <PageError title="Could not load your certifications" error={certifications.error} onRetry={() => void certifications.refetch()} />;
  if (quizzes.isError) return <PageError title="Could not load the quizzes" error={quizzes.error} onRetry={() => void quizzes.refetch()} />;
  const steps = [...courseSteps(enrollments.data.items), ...nextSteps(certifications.data.items, quizzes.data.items)];

  return (
    <Stack gap="xl">
      <PageHeader title="My training" description="What to do next, your courses and certifications, and the quizzes open to you." />
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
                {step.href && step.external ? (
                  <Anchor href={step.href} target="_blank" rel="noreferrer">
                    {step.text}
                  </Anchor>
                ) : step.href ? (
                  <Anchor component={Link} to={step.href}>
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
      <section aria-labelledby="courses">
        <Title order={2} size="h3" id="courses" mb="xs">
          Courses
        </Title>
        {enrollments.data.items.length === 0 ? (
          <PageEmpty title="No courses yet" description="Sales managers enroll you in courses; a new rep or sales engineer starts with onboarding." />
        ) : (
          <MyCourses enrollments={enrollments.data.items} />
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
