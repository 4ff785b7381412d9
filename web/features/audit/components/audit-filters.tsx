import { Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import type { AuditFilters } from "../api/get-audit-entries.ts";
import { useMemberOptions } from "../api/get-member-options.ts";
import { ACTION_LABELS, RECORD_TYPES } from "./record-types.ts";

const RECORD_TYPE_OPTIONS = Object.entries(RECORD_TYPES).map(([value, label]) => ({ value, label }));
const ACTION_OPTIONS = Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }));

interface AuditFiltersProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  errors: Record<string, string>;
}

export function AuditFiltersBar({ filters, onChange, errors }: AuditFiltersProps) {
  const members = useMemberOptions();
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K] | null | "") =>
    onChange({ ...filters, [key]: value === null || value === "" ? undefined : value });
  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" mb="md">
      <Select
        label="Member"
        placeholder={members.isError ? "Members could not be loaded" : "Anyone"}
        data={members.data ?? []}
        value={filters.memberId ?? null}
        onChange={(value) => set("memberId", value)}
        searchable
        clearable
        nothingFoundMessage="No member found"
        error={errors.memberId}
      />
      <Select label="Record type" placeholder="Any type" data={RECORD_TYPE_OPTIONS} value={filters.recordType ?? null} onChange={(value) => set("recordType", value)} clearable error={errors.recordType} />
      <Select
        label="Action"
        placeholder="Any action"
        data={ACTION_OPTIONS}
        value={filters.action ?? null}
        onChange={(value) => set("action", value as AuditFilters["action"] | null)}
        clearable
        error={errors.action}
      />
      <TextInput label="From" type="date" value={filters.from ?? ""} onChange={(event) => set("from", event.currentTarget.value)} error={errors.from} />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput label="To" type="date" value={filters.to ?? ""} onChange={(event) => set("to", event.currentTarget.value)} error={errors.to} style={{ flex: 1 }} />
        {active && (
          <Button variant="subtle" onClick={() => onChange({})}>
            Clear
          </Button>
        )}
      </Group>
    </SimpleGrid>
  );
}
