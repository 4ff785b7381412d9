import { Anchor, Code, List, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { OneTimeSecret } from "#web/components/one-time-secret.tsx";
import type { WebhookWithSecret } from "../api/create-webhook.ts";

interface SigningSecretProps {
  webhook: WebhookWithSecret;
  /** "created" after adding the webhook, "rotated" after a new secret. */
  reason: "created" | "rotated";
  /** Offers a link to the webhook's page (from the list). */
  withLink?: boolean;
  onDismiss: () => void;
}

/** The signing secret, shown once, with how a receiver checks the signature. */
export function SigningSecret({ webhook, reason, withLink, onDismiss }: SigningSecretProps) {
  const ref = useRef<HTMLDivElement>(null);
  // It appears away from the button that made it (below the form, above the fold on a phone): bring it into view.
  useEffect(() => ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" }), [webhook.secret]);
  const title = reason === "created" ? "Webhook added — copy its signing secret" : "New signing secret — copy it now";
  const warning =
    reason === "created"
      ? "This secret is shown only once and cannot be recovered. Store it with the receiver: it proves that a delivery comes from Tandem."
      : "This secret is shown only once. The old secret stopped working at once: deliveries from now on are signed with this one, so update the receiver.";
  return (
    <div ref={ref} style={{ scrollMarginTop: 76 }}>
      <OneTimeSecret title={title} label="Signing secret" value={webhook.secret} warning={warning} onDismiss={onDismiss}>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            Checking a delivery
          </Text>
          <Text size="sm">
            Each delivery is a POST with a JSON body and a <Code>Tandem-Signature</Code> header:
          </Text>
          <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {'Tandem-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">'}
          </Code>
          <List size="sm" spacing={4}>
            <List.Item>
              Compute HMAC-SHA256 with the whole secret (including <Code>whsec_</Code>) as the key over the value of <Code>t</Code>, a dot and
              the raw request body, exactly as received.
            </List.Item>
            <List.Item>
              Compare its hex digest with <Code>v1</Code> in constant time, and refuse a delivery whose <Code>t</Code> is more than a few
              minutes old, so a captured one cannot be replayed.
            </List.Item>
          </List>
          {withLink && (
            <Text size="sm">
              <Anchor component={Link} to={`/webhooks/${webhook.id}`}>
                Open this webhook
              </Anchor>{" "}
              to see its deliveries, pause it or rotate the secret.
            </Text>
          )}
        </Stack>
      </OneTimeSecret>
    </div>
  );
}
