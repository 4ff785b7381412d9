import { Button, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorMessage } from "#web/api-client.ts";
import { useSignOut } from "../api/sign-out.ts";

/** The signed-in person's name and the way out. */
export function AccountTools({ name }: { name: string }) {
  const signOut = useSignOut();
  return (
    <>
      <Text size="sm" fw={500} truncate maw={220}>
        {name}
      </Text>
      <Button
        variant="default"
        size="xs"
        loading={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onError: (error) => notifications.show({ color: "red", title: "Could not sign out", message: errorMessage(error) }),
          })
        }
      >
        Sign out
      </Button>
    </>
  );
}
