import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { UpdateServiceSchema, type Service } from "#shared/contracts/services.ts";
import { focusFirstError, submitForm, type FieldErrors } from "#web/components/form-errors.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { SaveBanner } from "#web/components/save-banner.tsx";
import { NotAvailable, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useOwnerOptions } from "./api/get-owner-options.ts";
import { serviceQueryOptions, useService } from "./api/get-service.ts";
import { useUpdateService } from "./api/update-service.ts";
import { ServiceForm } from "./components/service-form.tsx";
import { draftOf, inputOf } from "./components/service-draft.ts";

function EditService({ service }: { service: Service }) {
  // The version the edits are based on: saving against a newer one is a conflict.
  const [base, setBase] = useState(service);
  const [draft, setDraft] = useState(() => draftOf(service));
  const [errors, setErrors] = useState<FieldErrors>({});
  const owners = useOwnerOptions();
  const update = useUpdateService(service.id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const ownerOptions = owners.data ?? [];
  if (base.owner && !ownerOptions.some((option) => option.value === base.owner?.id)) {
    ownerOptions.push({ value: base.owner.id, label: base.owner.name });
  }

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...serviceQueryOptions(service.id), staleTime: 0 });
    setBase(fresh);
    setDraft(draftOf(fresh));
    setErrors({});
    update.reset();
  };

  const submit = () => {
    submitForm(UpdateServiceSchema, { ...inputOf(draft), version: base.version }, setErrors, (input, showServerErrors) => {
      setErrors({});
      // Send only what changed: the audit log then names the fields that really did.
      const { version, ...fields } = input;
      const loaded: Record<string, unknown> = inputOf(draftOf(base));
      const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(loaded[key])));
      if (Object.keys(changed).length === 0) {
        notifications.show({ message: "Nothing changed, so nothing was saved." });
        return void navigate(`/services/${service.id}`);
      }
      update.mutate({ version, ...changed }, {
        onSuccess: (saved) => {
          notifications.show({ color: "teal", message: `“${saved.name}” was saved.` });
          void navigate(`/services/${saved.id}`);
        },
        onError: (error) => {
          showServerErrors(error);
          focusFirstError();
        },
      });
    });
  };

  const banner = <SaveBanner error={update.error} what="service" advice="Reloading shows their version; your unsaved edits here are discarded." onReload={reload} />;

  return (
    <>
      <PageHeader title={`Edit ${base.name}`} />
      <ServiceForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onErrorsChange={setErrors}
        ownerOptions={ownerOptions}
        submitLabel="Save changes"
        pending={update.isPending}
        onSubmit={submit}
        onCancel={() => void navigate(`/services/${service.id}`)}
        banner={banner}
      />
    </>
  );
}

function EditServiceLoader() {
  const { id = "" } = useParams();
  const service = useService(id);
  if (service.isPending) return <PageLoader label="Loading the service…" />;
  if (service.isError) return <PageError error={service.error} onRetry={() => void service.refetch()} />;
  if (!service.data.permissions.update) {
    return <NotAvailable message="Your roles in this workspace do not let you change services." />;
  }
  return <EditService key={id} service={service.data} />;
}

export function ServiceEditPage() {
  return (
    <EditServiceLoader />
  );
}
