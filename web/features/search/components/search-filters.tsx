import { Group, Select, TextInput } from "@mantine/core";
import { SEARCH_KINDS } from "#shared/contracts/search.ts";
import { KIND_LABELS } from "./hit-text.tsx";

export interface SearchFilterValues {
  q: string;
  kind: string | null;
  status: string | null;
  tag: string;
  serviceId: string | null;
}

const STATUS_OPTIONS = [
  { value: "published", label: "Published" },
  { value: "in_review", label: "In review" },
  { value: "draft", label: "Draft" },
  { value: "archived", label: "Archived" },
];

interface SearchFiltersProps {
  values: SearchFilterValues;
  onChange: (values: SearchFilterValues) => void;
  /** Readers only ever find published sheets. */
  showStatus: boolean;
  serviceOptions: { value: string; label: string }[];
}

export function SearchFilters({ values, onChange, showStatus, serviceOptions }: SearchFiltersProps) {
  const set = <K extends keyof SearchFilterValues>(key: K, value: SearchFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <Group align="flex-end" gap="sm" mb="md" role="search" aria-label="Search">
      <TextInput label="Search for" type="search" value={values.q} onChange={(event) => set("q", event.currentTarget.value)} style={{ flex: "2 1 240px" }} />
      <Select
        label="Kind"
        placeholder="Everything"
        data={SEARCH_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
        value={values.kind}
        onChange={(value) => set("kind", value)}
        clearable
        style={{ flex: "1 1 140px" }}
      />
      {showStatus && (
        <Select label="Status" placeholder="Any status" data={STATUS_OPTIONS} value={values.status} onChange={(value) => set("status", value)} clearable style={{ flex: "1 1 140px" }} />
      )}
      <TextInput label="Tag" placeholder="Any tag" value={values.tag} onChange={(event) => set("tag", event.currentTarget.value)} style={{ flex: "1 1 120px" }} />
      <Select
        label="Service"
        placeholder="Any service"
        data={serviceOptions}
        value={values.serviceId}
        onChange={(value) => set("serviceId", value)}
        searchable
        clearable
        nothingFoundMessage="No service found"
        style={{ flex: "1 1 180px" }}
      />
    </Group>
  );
}
