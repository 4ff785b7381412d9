import { Alert } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { CreateServiceSchema } from "#shared/contracts/services.ts";
import { errorMessage } from "#web/api-client.ts";
import { focusFirstError, submitForm, type FieldErrors } from "#web/components/form-errors.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { useCreateService } from "./api/create-service.ts";
import { useOwnerOptions } from "./api/get-owner-options.ts";
import { ServiceForm } from "./components/service-form.tsx";
import { emptyDraft, inputOf } from "./components/service-draft.ts";

function CreateService() {
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const owners = useOwnerOptions();
  const create = useCreateService();
  const navigate = useNavigate();

  const submit = () => {
    submitForm(CreateServiceSchema, inputOf(draft), setErrors, (input, showServerErrors) => {
      setErrors({});
      create.mutate(input, {
        onSuccess: (service) => {
          notifications.show({ color: "teal", message: `“${service.name}” was added to the catalog.` });
          void navigate(`/services/${service.id}`);
        },
        onError: (error) => {
          showServerErrors(error);
          focusFirstError();
        },
      });
    });
  };

  return (
    <>
      <PageHeader title="New service" description="An offering of the PMO: timing, estimation template and rate card." />
      <ServiceForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onErrorsChange={setErrors}
        ownerOptions={owners.data ?? []}
        submitLabel="Create service"
        pending={create.isPending}
        onSubmit={submit}
        onCancel={() => void navigate("/services")}
        banner={
          create.isError ? (
            <Alert color="red" role="alert" title="Not saved">
              {errorMessage(create.error)}
            </Alert>
          ) : null
        }
      />
    </>
  );
}

export function ServiceCreatePage() {
  return (
    <RequireCapability capability="services.manage">
      <CreateService />
    </RequireCapability>
  );
}
