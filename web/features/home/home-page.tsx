import { Anchor, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { useSession } from "#web/components/session-context.tsx";
import { useGettingStarted, useSetGettingStartedHidden } from "./api/getting-started.ts";
import { GettingStartedCard } from "./components/getting-started-card.tsx";

const PLACES = [
  { to: "/services", title: "Service catalog", text: "What the PMO delivers: scope, duration, estimates and rates." },
  { to: "/cheatsheets", title: "Cheat sheets", text: "One page per concept, in words a rep can say to a client." },
  { to: "/glossary", title: "Glossary", text: "Every term the project team uses, explained once." },
];

export function HomePage() {
  const session = useSession();
  const checklist = useGettingStarted();
  const setHidden = useSetGettingStartedHidden();

  return (
    <>
      <PageHeader title={`Welcome to ${session.workspace.name}`} description="Sales and project management, working as one team." />
      <Stack gap="lg">
        {checklist.isPending ? (
          <PageLoader label="Loading the checklist…" />
        ) : checklist.isError ? (
          <PageError error={checklist.error} onRetry={() => void checklist.refetch()} />
        ) : checklist.data.dismissed ? (
          <Text size="sm">
            {checklist.data.completed} of {checklist.data.steps.length} getting-started steps done.{" "}
            <Anchor component="button" type="button" onClick={() => setHidden.mutate(false)}>
              Show the checklist
            </Anchor>
          </Text>
        ) : (
          <GettingStartedCard checklist={checklist.data} hiding={setHidden.isPending} onHide={() => setHidden.mutate(true)} />
        )}

        <section aria-labelledby="places-title">
          <Title order={2} size="h3" id="places-title" mb="sm">
            Where to go
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {PLACES.map((place) => (
              <Card key={place.to} withBorder padding="md">
                <Anchor component={Link} to={place.to} fw={600}>
                  {place.title}
                </Anchor>
                <Text size="sm" mt={4}>
                  {place.text}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
