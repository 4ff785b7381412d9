import { Alert, List, Text } from "@mantine/core";
import type { ClarityException } from "#shared/contracts/cheatsheets.ts";

/** Findings a reviewer chose to publish with, and why. */
export function ClarityExceptionNote({ exception }: { exception: ClarityException }) {
  return (
    <Alert color="yellow" variant="light" title="Published with a clarity exception">
      <Text size="sm">
        {exception.acceptedBy ? `${exception.acceptedBy.name} accepted` : "The reviewer accepted"} these findings: “{exception.comment}”
      </Text>
      {exception.findings.length > 0 && (
        <List size="sm" mt={4}>
          {exception.findings.map((finding) => (
            <List.Item key={`${finding.code}:${finding.message}`}>{finding.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
