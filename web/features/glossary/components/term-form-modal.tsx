import { Alert, Button, Group, Stack, TagsInput, TextInput, Textarea } from "@mantine/core";
import { Dialog } from "#web/components/dialog.tsx";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CreateGlossaryTermSchema, UpdateGlossaryTermSchema, type GlossaryTerm } from "#shared/contracts/glossary.ts";
import { errorMessage, isApiError } from "#web/api-client.ts";
import { submitForm, unplacedErrors } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useCreateGlossaryTerm } from "../api/create-glossary-term.ts";
import { glossaryTermQueryOptions } from "../api/get-glossary-term.ts";
import { useUpdateGlossaryTerm } from "../api/update-glossary-term.ts";

interface TermValues {
  term: string;
  definition: string;
  synonyms: string[];
}

const valuesOf = (term: GlossaryTerm | null): TermValues => ({
  term: term?.term ?? "",
  definition: term?.definition ?? "",
  synonyms: term?.synonyms ?? [],
});

const FIELDS = ["term", "definition", "synonyms"];

interface TermFormModalProps {
  opened: boolean;
  /** The term to edit; null adds a new one. */
  term: GlossaryTerm | null;
  onClose: () => void;
  onSaved?: (term: GlossaryTerm) => void;
}

/** Mount it with a `key` per term, so each opening starts from that term's values. */
export function TermFormModal({ opened, term, onClose, onSaved }: TermFormModalProps) {
  const [base, setBase] = useState(term);
  const form = useFormState(valuesOf(term));
  const create = useCreateGlossaryTerm();
  const update = useUpdateGlossaryTerm(term?.id ?? "");
  const mutation = base ? update : create;
  const queryClient = useQueryClient();
  const conflict = isApiError(update.error, 409) && update.error.problem.code === "stale_version";
  const unplaced = unplacedErrors(form.errors, (path) => FIELDS.some((field) => path === field || path.startsWith(`${field}.`)));

  const reload = async () => {
    if (!base) return;
    const fresh = await queryClient.fetchQuery({ ...glossaryTermQueryOptions(base.id), staleTime: 0 });
    setBase(fresh);
    form.reset(valuesOf(fresh));
    update.reset();
  };

  const saved = (result: GlossaryTerm) => {
    notifications.show({ color: "teal", message: `“${result.term}” was saved to the glossary.` });
    onSaved?.(result);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!base) {
      submitForm(CreateGlossaryTermSchema, form.values, form.setErrors, (input, showServerErrors) =>
        create.mutate(input, { onSuccess: saved, onError: showServerErrors }),
      );
      return;
    }
    const loaded = valuesOf(base);
    const changed = Object.fromEntries(
      Object.entries(form.values).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(loaded[key as keyof TermValues])),
    );
    if (Object.keys(changed).length === 0) return onClose();
    submitForm(UpdateGlossaryTermSchema, { ...changed, version: base.version }, form.setErrors, (input, showServerErrors) =>
      update.mutate(input, { onSuccess: saved, onError: showServerErrors }),
    );
  };

  return (
    <Dialog opened={opened} onClose={onClose} title={base ? `Edit “${base.term}”` : "Add a glossary term"} closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={submit} noValidate aria-label={base ? "Edit glossary term" : "Add glossary term"}>
        <Stack gap="sm">
          {conflict ? (
            <Alert color="orange" role="alert" title="Someone else changed this term — reload" data-form-banner tabIndex={-1}>
              <Stack gap="xs" align="flex-start">
                <span>Reloading shows their version; your edits here are discarded.</span>
                <Button size="xs" color="orange" onClick={() => void reload()}>
                  Reload
                </Button>
              </Stack>
            </Alert>
          ) : mutation.isError ? (
            <Alert color="red" role="alert" title="Not saved" data-form-banner tabIndex={-1}>
              {errorMessage(mutation.error)}
              {unplaced.map((message) => (
                <div key={message}>{message}</div>
              ))}
            </Alert>
          ) : null}
          <TextInput label="Term" required data-autofocus value={form.values.term} onChange={(event) => form.set("term", event.currentTarget.value)} error={form.errors.term} />
          <Textarea
            label="Plain definition"
            description="One or two sentences a client would understand."
            required
            autosize
            minRows={3}
            value={form.values.definition}
            onChange={(event) => form.set("definition", event.currentTarget.value)}
            error={form.errors.definition}
          />
          <TagsInput
            label="Synonyms"
            description="Other names for the same thing; press Enter after each."
            value={form.values.synonyms}
            onChange={(value) => form.set("synonyms", value)}
            error={form.errors.synonyms ?? Object.entries(form.errors).find(([path]) => path.startsWith("synonyms."))?.[1]}
            clearable
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={conflict}>
              {base ? "Save term" : "Add term"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
