import { Anchor, Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link } from "react-router";
import { errorMessage } from "#web/api-client.ts";
import { useSignOut } from "../api/sign-out.ts";

/** The signed-in person's name, leading to their own page, and the way out. */
export function AccountTools({ name }: { name: string }) {
  const signOut = useSignOut();
  return (
    <>
      <Anchor component={Link} to="/account" size="sm" fw={500} truncate maw={220} title="Your account">
        {name}
      </Anchor>
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
