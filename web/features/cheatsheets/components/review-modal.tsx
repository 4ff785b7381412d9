import { Alert, Button, Checkbox, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { Dialog } from "#web/components/dialog.tsx";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { ApproveSheetSchema, RequestChangesSchema, SheetActionSchema, type CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { ApiError, errorMessage, isApiError } from "#web/api-client.ts";
import { submitForm, type FieldErrors } from "#web/components/form-errors.ts";
import { useApproveCheatSheet } from "../api/approve-cheatsheet.ts";
import { useRequestChanges } from "../api/request-changes.ts";
import { useSubmitCheatSheet } from "../api/submit-cheatsheet.ts";
import { SameTitleNotice } from "./same-title-notice.tsx";

export type ReviewKind = "submit" | "approve" | "request-changes";

const COPY: Record<ReviewKind, { title: string; confirm: string; comment: string; done: string }> = {
  submit: { title: "Submit for review", confirm: "Submit", comment: "Note for the reviewer (optional)", done: "Submitted for review." },
  approve: { title: "Approve and publish", confirm: "Approve", comment: "Comment (optional)", done: "Approved: the new version is published and reps are told." },
  "request-changes": { title: "Request changes", confirm: "Request changes", comment: "What needs to change", done: "Sent back to the author." },
};

/** The findings a 422 clarity_exception_required carries, one message each. */
function exceptionFindings(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.status !== 422 || error.problem.code !== "clarity_exception_required") return null;
  return (error.problem.errors ?? []).map((item) => item.message);
}

export function ReviewModal({ sheet, kind, onClose }: { sheet: CheatSheet; kind: ReviewKind; onClose: () => void }) {
  const [comment, setComment] = useState("");
  const [acceptException, setAcceptException] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = useSubmitCheatSheet(sheet.id);
  const approve = useApproveCheatSheet(sheet.id);
  const requestChanges = useRequestChanges(sheet.id);
  const mutation = kind === "submit" ? submit : kind === "approve" ? approve : requestChanges;
  const findings = kind === "approve" ? exceptionFindings(approve.error) : null;
  const copy = COPY[kind];
  const conflict = isApiError(mutation.error, 409) && mutation.error.problem.code === "stale_version";

  const done = () => {
    notifications.show({ color: "teal", message: copy.done });
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = { version: sheet.version, comment };
    if (kind === "submit") {
      submitForm(SheetActionSchema, values, setErrors, (input) => submit.mutate(input, { onSuccess: done }));
    } else if (kind === "request-changes") {
      submitForm(RequestChangesSchema, values, setErrors, (input) => requestChanges.mutate(input, { onSuccess: done }));
    } else {
      if (acceptException && !comment.trim()) {
        setErrors({ comment: "Say why the sheet may be published despite the findings." });
        return;
      }
      submitForm(ApproveSheetSchema, { ...values, acceptException }, setErrors, (input) => approve.mutate(input, { onSuccess: done }));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={acceptException ? "Accept the exception and publish" : copy.title} closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={onSubmit} noValidate aria-label={copy.title}>
        <Stack gap="sm">
          {findings ? (
            <Alert color="yellow" role="alert" title="The sheet breaks the clarity thresholds">
              <List size="sm">
                {findings.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                Request changes, or publish it anyway by accepting the exception with a comment. Readers see that you did.
              </Text>
            </Alert>
          ) : conflict ? (
            <Alert color="orange" role="alert" title="Someone else changed this sheet — reload">
              Close this window and reload the page to see the current version.
            </Alert>
          ) : mutation.isError ? (
            <Alert color="red" role="alert" title="Not done">
              {errorMessage(mutation.error)}
            </Alert>
          ) : null}
          {kind !== "request-changes" && <SameTitleNotice title={(sheet.draft ?? sheet.published)?.title ?? ""} sheetId={sheet.id} />}
          {findings && (
            <Checkbox label="Accept the exception" checked={acceptException} onChange={(event) => setAcceptException(event.currentTarget.checked)} />
          )}
          <Textarea
            label={acceptException ? "Why it may be published anyway" : copy.comment}
            required={kind === "request-changes" || acceptException}
            autosize
            minRows={3}
            data-autofocus
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.comment}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={conflict || (findings !== null && !acceptException)}>
              {acceptException ? "Accept the exception" : copy.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
