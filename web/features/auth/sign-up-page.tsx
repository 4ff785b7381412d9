import { Anchor, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate } from "react-router";
import { AuthFrame } from "#web/components/auth-frame.tsx";
import { SignUpForm } from "./components/sign-up-form.tsx";

export function SignUpPage() {
  const navigate = useNavigate();
  return (
    <AuthFrame title="Create your workspace" subtitle="You become its administrator and can invite your team.">
      <SignUpForm
        onSignedUp={(session) => {
          notifications.show({ color: "teal", message: `Welcome to Tandem, ${session.user.name}.` });
          void navigate("/", { replace: true });
        }}
      />
      <Text size="sm" ta="center" mt="md">
        Already have a sign-in?{" "}
        <Anchor component={Link} to="/signin">
          Sign in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
