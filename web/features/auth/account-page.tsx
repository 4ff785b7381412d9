import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "#web/components/page-header.tsx";
import { RoleBadges } from "#web/components/role-badges.tsx";
import { useSession } from "#web/components/session-context.tsx";
import { PasswordSection } from "./components/password-section.tsx";
import { SignOutEverywhere } from "./components/sign-out-everywhere.tsx";

/** The signed-in person's own page: who they are here, their password, and where they are signed in. */
export function AccountPage() {
  const session = useSession();
  return (
    <>
      <PageHeader
        title="Your account"
        description={
          <>
            Also yours:{" "}
            <Anchor component={Link} to="/settings/notifications">
              notification preferences
            </Anchor>{" "}
            and{" "}
            <Anchor component={Link} to="/tokens">
              API tokens
            </Anchor>
            .
          </>
        }
      />
      <Stack gap="lg" maw={720}>
        <Paper withBorder p="md" component="section" aria-labelledby="account-profile-title">
          <Title order={2} size="h4" mb="xs" id="account-profile-title">
            {session.user.name}
          </Title>
          <Text size="sm">{session.user.email}</Text>
          <Group gap="xs" mt="xs">
            <Text size="sm" c="dimmed">
              In {session.workspace.name}:
            </Text>
            <RoleBadges roles={session.member.roles} />
          </Group>
        </Paper>
        <PasswordSection email={session.user.email} />
        <SignOutEverywhere />
      </Stack>
    </>
  );
}
