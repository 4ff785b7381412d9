import { Button, Group, Select, TextInput } from "@mantine/core";
import type { JobStatus } from "#shared/contracts/jobs.ts";
import type { JobFilters } from "../api/get-jobs.ts";
import { JOB_STATUS_OPTIONS } from "./job-status.ts";

interface JobFiltersProps {
  status: JobStatus | undefined;
  kind: string;
  kindError?: string | undefined;
  onStatus: (status: JobStatus | undefined) => void;
  onKind: (kind: string) => void;
  onClear: () => void;
  onRefresh: () => void;
  refreshing: boolean;
}

export function JobFiltersBar({ status, kind, kindError, onStatus, onKind, onClear, onRefresh, refreshing }: JobFiltersProps) {
  const active = status !== undefined || kind !== "";
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md">
      <Group align="flex-start" gap="sm">
        <Select
          label="Status"
          placeholder="Any status"
          data={JOB_STATUS_OPTIONS}
          value={status ?? null}
          onChange={(value) => onStatus((value ?? undefined) as JobFilters["status"])}
          clearable
          w={{ base: "100%", xs: 200 }}
        />
        <TextInput
          label="Kind"
          placeholder="e.g. webhook.deliver"
          value={kind}
          onChange={(event) => onKind(event.currentTarget.value)}
          error={kindError}
          w={{ base: "100%", xs: 240 }}
          spellCheck={false}
          autoCapitalize="off"
        />
        {active && (
          <Button variant="subtle" mt={25} onClick={onClear}>
            Clear
          </Button>
        )}
      </Group>
      <Button variant="default" mt={25} loading={refreshing} onClick={onRefresh}>
        Refresh
      </Button>
    </Group>
  );
}
