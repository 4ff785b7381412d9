import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { CHEAT_SHEET_CONTENT_FIELDS, UpdateCheatSheetSchema, type CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { focusFirstError, submitForm, type FieldErrors } from "#web/components/form-errors.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { SaveBanner } from "#web/components/save-banner.tsx";
import { NotAvailable, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useUnsavedChanges } from "#web/components/unsaved-changes.tsx";
import { cheatSheetQueryOptions, useCheatSheet } from "./api/get-cheatsheet.ts";
import { useUpdateCheatSheet } from "./api/update-cheatsheet.ts";
import { SheetEditorForm } from "./components/editor/sheet-editor-form.tsx";
import { changedFields, valuesOf } from "./components/editor/sheet-values.ts";
import { useEditorData } from "./components/editor/use-editor-data.ts";

function EditCheatSheet({ sheet }: { sheet: CheatSheet }) {
  // The version the edits are based on: saving against a newer one is a conflict.
  const [base, setBase] = useState(sheet);
  const [values, setValues] = useState(() => valuesOf(sheet));
  const [errors, setErrors] = useState<FieldErrors>({});
  const content = base.draft ?? base.published;
  const data = useEditorData({ services: content?.services, terms: content?.terms, owner: base.owner });
  const update = useUpdateCheatSheet(sheet.id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const guard = useUnsavedChanges(Object.keys(changedFields(values, valuesOf(base))).length > 0);

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...cheatSheetQueryOptions(sheet.id), staleTime: 0 });
    setBase(fresh);
    setValues(valuesOf(fresh));
    setErrors({});
    update.reset();
  };

  const inReview = base.status === "in_review" || base.draftStatus === "in_review";
  const [askingToWithdraw, setAskingToWithdraw] = useState(false);

  const submit = () => {
    const changed = changedFields(values, valuesOf(base));
    if (Object.keys(changed).length === 0) {
      notifications.show({ message: "Nothing changed, so nothing was saved." });
      return void navigate(`/cheatsheets/${sheet.id}`);
    }
    // Changing the content of a sheet in review takes it back to draft: asked first, not done silently.
    const withdraws = inReview && CHEAT_SHEET_CONTENT_FIELDS.some((field) => field in changed);
    if (withdraws && !askingToWithdraw) return setAskingToWithdraw(true);
    setAskingToWithdraw(false);
    submitForm(UpdateCheatSheetSchema, { ...changed, version: base.version }, setErrors, (input, showServerErrors) => {
      setErrors({});
      update.mutate(input, {
        onSuccess: (saved) => {
          guard.allowLeaving();
          notifications.show({
            color: "teal",
            message: withdraws
              ? "Draft saved and withdrawn from review. Submit it again when it is ready; reviewers are asked again then."
              : saved.published
                ? "Draft saved. Readers keep the published version until the draft is approved."
                : "Draft saved.",
          });
          void navigate(`/cheatsheets/${saved.id}`);
        },
        onError: (error) => {
          showServerErrors(error);
          focusFirstError();
        },
      });
    });
  };

  const banner = <SaveBanner error={update.error} what="cheat sheet" advice="Reloading shows their version and discards your edits here. Copy any text you want to keep first." onReload={reload} />;

  return (
    <>
      <PageHeader
        title={`Edit ${valuesOf(base).title || "cheat sheet"}`}
        description={
          inReview
            ? "This sheet is in review. Saving changes to its content takes it back to draft."
            : base.published
              ? "Your changes become a draft of the next version; readers keep the published one until it is approved."
              : undefined
        }
      />
      <SheetEditorForm
        {...data}
        values={values}
        onChange={setValues}
        errors={errors}
        onErrorsChange={setErrors}
        submitLabel="Save draft"
        pending={update.isPending}
        onSubmit={submit}
        onCancel={() => void navigate(`/cheatsheets/${sheet.id}`)}
        banner={banner}
        sheetId={sheet.id}
      />
      {guard.modal}
      <ConfirmModal
        opened={askingToWithdraw}
        title="Withdraw it from review?"
        confirmLabel="Save and withdraw"
        onConfirm={submit}
        onClose={() => setAskingToWithdraw(false)}
      >
        This sheet is waiting for a review. Saving these changes takes it back to draft, and the review request ends. Submit it again when it is ready: reviewers are asked again then.
      </ConfirmModal>
    </>
  );
}

function EditLoader() {
  const { id = "" } = useParams();
  const sheet = useCheatSheet(id);
  if (sheet.isPending) return <PageLoader label="Loading the cheat sheet…" />;
  if (sheet.isError) return <PageError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data.permissions.update) {
    return <NotAvailable message="This sheet cannot be edited by you now (it may be archived)." />;
  }
  return <EditCheatSheet key={id} sheet={sheet.data} />;
}

export function CheatSheetEditPage() {
  return (
    <EditLoader />
  );
}
