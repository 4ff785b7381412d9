import { Anchor, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate, useParams } from "react-router";
import { ROLE_LABELS } from "#shared/contracts/common.ts";
import { isApiError } from "#web/api-client.ts";
import { AuthFrame } from "#web/components/auth-frame.tsx";
import { formatDate } from "#web/components/format.ts";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { useInvitationPreview } from "./api/get-invitation-preview.ts";
import { AcceptForm } from "./components/accept-form.tsx";

export function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const preview = useInvitationPreview(token);
  const navigate = useNavigate();

  if (preview.isPending) {
    return (
      <AuthFrame title="Join a workspace">
        <PageLoader label="Checking the invitation…" />
      </AuthFrame>
    );
  }
  if (preview.isError) {
    const gone = isApiError(preview.error, 404) || isApiError(preview.error, 410);
    return (
      <AuthFrame title="Join a workspace">
        <PageError
          title={gone ? "This invitation cannot be used" : "Could not check the invitation"}
          error={preview.error}
          onRetry={gone ? undefined : () => void preview.refetch()}
        />
        <Text size="sm" ta="center" mt="md">
          Ask the person who invited you for a new link, or{" "}
          <Anchor component={Link} to="/signin">
            sign in
          </Anchor>
          .
        </Text>
      </AuthFrame>
    );
  }

  const invitation = preview.data;
  const roles = invitation.roles.map((role) => ROLE_LABELS[role]).join(", ");
  return (
    <AuthFrame
      title={`Join ${invitation.workspace.name}`}
      subtitle={`You are invited as ${roles}. The invitation is valid until ${formatDate(invitation.expiresAt)}.`}
    >
      <AcceptForm
        token={token}
        preview={invitation}
        onAccepted={(session) => {
          notifications.show({ color: "teal", message: `Welcome to ${session.workspace.name}, ${session.user.name}.` });
          void navigate("/", { replace: true });
        }}
      />
    </AuthFrame>
  );
}
