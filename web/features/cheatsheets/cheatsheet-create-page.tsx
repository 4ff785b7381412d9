import { Alert } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { CreateCheatSheetSchema } from "#shared/contracts/cheatsheets.ts";
import { errorMessage } from "#web/api-client.ts";
import { focusFirstError, submitForm, type FieldErrors } from "#web/components/form-errors.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { RequireCapability, useSession } from "#web/components/session-context.tsx";
import { useUnsavedChanges } from "#web/components/unsaved-changes.tsx";
import { useCreateCheatSheet } from "./api/create-cheatsheet.ts";
import { SheetEditorForm } from "./components/editor/sheet-editor-form.tsx";
import { emptyValues, inputOf } from "./components/editor/sheet-values.ts";
import { useEditorData } from "./components/editor/use-editor-data.ts";

function CreateCheatSheet() {
  const session = useSession();
  const [initial] = useState(() => emptyValues(session.member.id));
  const [values, setValues] = useState(initial);
  const guard = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const data = useEditorData({ owner: { id: session.member.id, name: session.user.name } });
  const create = useCreateCheatSheet();
  const navigate = useNavigate();

  const submit = () =>
    submitForm(CreateCheatSheetSchema, inputOf(values), setErrors, (input, showServerErrors) => {
      setErrors({});
      create.mutate(input, {
        onSuccess: (sheet) => {
          notifications.show({ color: "teal", message: `“${sheet.title}” was saved as a draft.` });
          guard.allowLeaving();
          void navigate(`/cheatsheets/${sheet.id}`);
        },
        onError: (error) => {
          showServerErrors(error);
          focusFirstError();
        },
      });
    });

  return (
    <>
      <PageHeader title="New cheat sheet" description="One page in plain language. It stays a draft until a reviewer approves it." />
      <SheetEditorForm
        {...data}
        values={values}
        onChange={setValues}
        errors={errors}
        onErrorsChange={setErrors}
        submitLabel="Save draft"
        pending={create.isPending}
        onSubmit={submit}
        onCancel={() => void navigate("/cheatsheets")}
        banner={
          create.isError ? (
            <Alert color="red" role="alert" title="Not saved">
              {errorMessage(create.error)}
            </Alert>
          ) : null
        }
      />
      {guard.modal}
    </>
  );
}

export function CheatSheetCreatePage() {
  return (
    <RequireCapability capability="cheatsheets.create">
      <CreateCheatSheet />
    </RequireCapability>
  );
}
