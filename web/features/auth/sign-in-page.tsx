import { Alert, Anchor, Text } from "@mantine/core";
import { Link, useNavigate, useSearchParams } from "react-router";
import { AuthFrame } from "#web/components/auth-frame.tsx";
import { SignInForm } from "./components/sign-in-form.tsx";

/** Only paths inside the app: never send a person to another site after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/signin") ? next : "/";
}

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get("next"));

  return (
    <AuthFrame title="Sign in" subtitle={params.has("next") ? "Sign in to continue where you were." : undefined}>
      {params.get("signedOut") === "everywhere" && (
        <Alert color="teal" role="status" mb="md">
          You are signed out in every browser and on every device. API tokens still work until you revoke them.
        </Alert>
      )}
      <SignInForm initialEmail={params.get("email") ?? ""} onSignedIn={() => void navigate(next, { replace: true })} />
      <Text size="sm" ta="center" mt="md">
        New to Tandem?{" "}
        <Anchor component={Link} to="/signup">
          Create a workspace
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
