import { Anchor, MultiSelect, TextInput } from "@mantine/core";
import { Link } from "react-router";
import type { FieldErrors } from "#web/components/form-errors.ts";
import { EVENT_OPTIONS, nextEventSelection } from "./event-types.ts";

export interface WebhookFieldValues {
  url: string;
  description: string;
  eventTypes: string[];
}

export const WEBHOOK_FIELDS = ["url", "description", "eventTypes"];

interface WebhookFieldsProps {
  values: WebhookFieldValues;
  errors: FieldErrors;
  onChange: <K extends keyof WebhookFieldValues>(key: K, value: WebhookFieldValues[K]) => void;
  /** Distinguishes the inputs' ids when two forms are on one page. */
  idPrefix: string;
}

/** The URL, description and events of a webhook, shared by the add and edit forms. */
export function WebhookFields({ values, errors, onChange, idPrefix }: WebhookFieldsProps) {
  return (
    <>
      <TextInput
        id={`${idPrefix}-url`}
        label="URL"
        description={
          <>
            Where Tandem POSTs each event, as JSON. Private and loopback addresses are refused unless allowed in{" "}
            <Anchor component={Link} to="/settings" size="xs">
              Settings
            </Anchor>
            .
          </>
        }
        placeholder="https://example.com/hooks/tandem"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        required
        value={values.url}
        onChange={(event) => onChange("url", event.currentTarget.value)}
        error={errors.url}
      />
      <TextInput
        id={`${idPrefix}-description`}
        label="Description (optional)"
        description="What receives the events, e.g. “CRM sync”."
        value={values.description}
        onChange={(event) => onChange("description", event.currentTarget.value)}
        error={errors.description}
      />
      <MultiSelect
        id={`${idPrefix}-events`}
        label="Events"
        description="“All events” includes types added in later versions of Tandem."
        placeholder={values.eventTypes.length === 0 ? "Choose events" : undefined}
        required
        data={EVENT_OPTIONS}
        value={values.eventTypes}
        onChange={(next) => onChange("eventTypes", nextEventSelection(values.eventTypes, next))}
        error={errors.eventTypes}
        comboboxProps={{ withinPortal: true }}
      />
    </>
  );
}
