import { Anchor, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "#web/api-client.ts";
import { AuthFrame } from "#web/components/auth-frame.tsx";
import { formatDateTime } from "#web/components/format.ts";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { usePasswordReset } from "./api/get-password-reset.ts";
import { ResetPasswordForm } from "./components/reset-password-form.tsx";

/** Where the e-mailed link leads: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { token = "" } = useParams();
  const preview = usePasswordReset(token);
  const navigate = useNavigate();

  if (preview.isPending) {
    return (
      <AuthFrame title="Choose a new password">
        <PageLoader label="Checking the link…" />
      </AuthFrame>
    );
  }
  if (preview.isError) {
    // 400: not even the shape of a link Tandem sends (cut off when copied, say).
    const gone = [400, 404, 410].some((status) => isApiError(preview.error, status));
    return (
      <AuthFrame title="Choose a new password">
        <PageError
          title={gone ? "This link cannot be used" : "Could not check the link"}
          error={preview.error}
          onRetry={gone ? undefined : () => void preview.refetch()}
        />
        <Text size="sm" ta="center" mt="md">
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>{" "}
          or{" "}
          <Anchor component={Link} to="/signin">
            sign in
          </Anchor>
          .
        </Text>
      </AuthFrame>
    );
  }

  const { email, expiresAt } = preview.data;
  return (
    <AuthFrame title="Choose a new password" subtitle={`The link works until ${formatDateTime(expiresAt)}. Setting a password signs you out everywhere.`}>
      <ResetPasswordForm
        token={token}
        email={email}
        onReset={() => {
          notifications.show({ color: "teal", message: "Your password was changed. Sign in with the new one." });
          void navigate(`/signin?email=${encodeURIComponent(email)}`, { replace: true });
        }}
      />
    </AuthFrame>
  );
}
