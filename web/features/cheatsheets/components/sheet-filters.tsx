import { Checkbox, Group, Select, TextInput } from "@mantine/core";
import { CHEATSHEET_STATUSES, type CheatSheetStatus } from "#shared/contracts/cheatsheets.ts";
import { STATUS_LABELS } from "./sheet-badges.tsx";

export interface SheetFilterValues {
  search: string;
  status: CheatSheetStatus | null;
  tag: string;
  serviceId: string | null;
  stale: boolean;
}

export const NO_FILTERS: SheetFilterValues = { search: "", status: null, tag: "", serviceId: null, stale: false };

interface SheetFiltersProps {
  values: SheetFilterValues;
  onChange: (values: SheetFilterValues) => void;
  /** Readers only see published sheets, so only writers filter by status. */
  showStatus: boolean;
  serviceOptions: { value: string; label: string }[];
}

export function SheetFilters({ values, onChange, showStatus, serviceOptions }: SheetFiltersProps) {
  const set = <K extends keyof SheetFilterValues>(key: K, value: SheetFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <Group mb="md" align="flex-end" gap="sm" role="search" aria-label="Filter cheat sheets">
      <TextInput
        label="Filter"
        type="search"
        placeholder="Title or pitch"
        value={values.search}
        onChange={(event) => set("search", event.currentTarget.value)}
        style={{ flex: "2 1 220px" }}
      />
      {showStatus && (
        <Select
          label="Status"
          placeholder="Any status"
          data={CHEATSHEET_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
          value={values.status}
          onChange={(value) => set("status", value as CheatSheetStatus | null)}
          clearable
          style={{ flex: "1 1 150px" }}
        />
      )}
      <TextInput label="Tag" placeholder="Any tag" value={values.tag} onChange={(event) => set("tag", event.currentTarget.value)} style={{ flex: "1 1 130px" }} />
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
      <Checkbox label="Stale only" checked={values.stale} onChange={(event) => set("stale", event.currentTarget.checked)} mb={8} />
    </Group>
  );
}
