import { Alert, Button, Grid, Group, List, MultiSelect, NumberInput, Paper, Select, Stack, TagsInput, TextInput, Textarea, Title } from "@mantine/core";
import { useRef, type FormEvent, type ReactNode } from "react";
import type { ClarityThresholds, JargonOccurrence } from "#shared/contracts/clarity.ts";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { unplacedErrors, withoutError, type FieldErrors } from "#web/components/form-errors.ts";
import { ClarityPanel } from "./clarity-panel.tsx";
import { MarkdownPreview } from "./markdown-preview.tsx";
import type { Option, SheetValues } from "./sheet-values.ts";
import { SameTitleNotice } from "../same-title-notice.tsx";

const PLACED = /^(title|pitch|body|tags(\.\d+)?|serviceIds(\.\d+)?|termIds(\.\d+)?|ownerId|verificationIntervalDays)$/;

interface SheetEditorFormProps {
  values: SheetValues;
  onChange: (values: SheetValues) => void;
  errors: FieldErrors;
  onErrorsChange: (update: (errors: FieldErrors) => FieldErrors) => void;
  serviceOptions: Option[];
  termOptions: Option[];
  ownerOptions: Option[];
  glossary: GlossaryTerm[];
  thresholds: ClarityThresholds | undefined;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  banner?: ReactNode;
  /** The sheet being edited, left out of the same-title check. */
  sheetId?: string;
}

/** The first message among a list field's own and its items'. */
const listError = (errors: FieldErrors, key: string) => errors[key] ?? Object.entries(errors).find(([path]) => path.startsWith(`${key}.`))?.[1];

export function SheetEditorForm(props: SheetEditorFormProps) {
  const { values, onChange, errors, onErrorsChange, banner } = props;
  const pitchRef = useRef<HTMLTextAreaElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const set = <K extends keyof SheetValues>(key: K, value: SheetValues[K]) => {
    onChange({ ...values, [key]: value });
    onErrorsChange((current) => withoutError(current, key));
  };
  const unplaced = unplacedErrors(errors, (path) => PLACED.test(path));

  const select = ({ field, start, end }: JargonOccurrence) => {
    const textarea = (field === "pitch" ? pitchRef : bodyRef).current;
    if (!textarea) return;
    // Focusing after the selection is set makes the browser scroll the box to it.
    textarea.blur();
    textarea.setSelectionRange(start, end);
    textarea.focus();
    textarea.scrollIntoView({ block: "nearest" });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Cheat sheet">
      <Stack gap="md">
        {(banner || unplaced.length > 0) && (
          <Stack gap="sm" data-form-banner tabIndex={-1} style={{ outline: "none" }}>
            {banner}
            {unplaced.length > 0 && (
              <Alert color="red" role="alert">
                <List size="sm">
                  {unplaced.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Stack>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Paper withBorder p="md" component="section" aria-label="Text">
                <Stack gap="sm">
                  <TextInput label="Title" required placeholder="What is a change request?" value={values.title} onChange={(event) => set("title", event.currentTarget.value)} error={errors.title} />
                  <SameTitleNotice title={values.title} sheetId={props.sheetId} />
                  <Textarea
                    ref={pitchRef}
                    label="Pitch"
                    description="One line a rep can say to a client."
                    autosize
                    minRows={1}
                    value={values.pitch}
                    onChange={(event) => set("pitch", event.currentTarget.value)}
                    error={errors.pitch}
                  />
                  <Textarea
                    ref={bodyRef}
                    label="Body"
                    description="Markdown: ## headings, **bold**, - lists, [links](https://…). Start from the sections below."
                    autosize
                    minRows={14}
                    maxRows={30}
                    value={values.body}
                    onChange={(event) => set("body", event.currentTarget.value)}
                    error={errors.body}
                    styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 14 } }}
                  />
                </Stack>
              </Paper>
              <Paper withBorder p="md" component="section" aria-label="Links and ownership">
                <Stack gap="sm">
                  <MultiSelect label="Services" placeholder="Services this sheet is about" data={props.serviceOptions} value={values.serviceIds} onChange={(value) => set("serviceIds", value)} searchable clearable nothingFoundMessage="No service found" error={listError(errors, "serviceIds")} />
                  <MultiSelect
                    label="Glossary terms"
                    description="Linked terms count as explained: readers see their definitions."
                    placeholder="Terms this sheet uses"
                    data={props.termOptions}
                    value={values.termIds}
                    onChange={(value) => set("termIds", value)}
                    searchable
                    clearable
                    nothingFoundMessage="No term found"
                    error={listError(errors, "termIds")}
                  />
                  <TagsInput label="Tags" description="Press Enter after each tag." value={values.tags} onChange={(value) => set("tags", value)} clearable error={listError(errors, "tags")} />
                  <Group grow align="flex-start" gap="sm" preventGrowOverflow={false} wrap="wrap">
                    <Select label="Owner" placeholder="No owner" data={props.ownerOptions} value={values.ownerId} onChange={(value) => set("ownerId", value)} searchable clearable nothingFoundMessage="No member found" error={errors.ownerId} miw={220} />
                    <NumberInput
                      label="Re-verify every (days)"
                      required
                      min={1}
                      max={730}
                      allowDecimal={false}
                      allowNegative={false}
                      value={values.verificationIntervalDays}
                      onChange={(value) => set("verificationIntervalDays", value)}
                      error={errors.verificationIntervalDays}
                      miw={180}
                    />
                  </Group>
                </Stack>
              </Paper>
              <Paper withBorder p="md" component="section" aria-labelledby="preview-title">
                <Title order={2} size="h4" mb="sm" id="preview-title">
                  Preview
                </Title>
                <MarkdownPreview source={values.body} />
              </Paper>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            {/* On wide screens the clarity figures and the save button stay in view while the writer types. */}
            <Stack gap="md" style={{ position: "sticky", top: 76 }}>
              <ClarityPanel pitch={values.pitch} body={values.body} glossary={props.glossary} termIds={values.termIds} thresholds={props.thresholds} onSelect={select} />
              <Group justify="flex-end">
                <Button variant="default" onClick={props.onCancel} disabled={props.pending}>
                  Cancel
                </Button>
                <Button type="submit" loading={props.pending}>
                  {props.submitLabel}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
