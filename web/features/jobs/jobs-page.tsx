import { Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { JobListQuerySchema, type Job, type JobStatus } from "#shared/contracts/jobs.ts";
import { errorMessage } from "#web/api-client.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { useDiscardJob } from "./api/discard-job.ts";
import { jobsQueryOptions, type JobFilters } from "./api/get-jobs.ts";
import { useRetryJob } from "./api/retry-job.ts";
import { JobFiltersBar } from "./components/job-filters.tsx";
import { JobTable } from "./components/job-table.tsx";

const KindSchema = JobListQuerySchema.shape.kind;

function Jobs() {
  const [status, setStatus] = useState<JobStatus | undefined>(undefined);
  const [kindInput, setKindInput] = useState("");
  const [kind] = useDebouncedValue(kindInput.trim(), 300);
  const kindCheck = KindSchema.safeParse(kind === "" ? undefined : kind);
  const kindError = kindCheck.success ? undefined : (kindCheck.error.issues[0]?.message ?? "Not a job kind.");
  const [appliedKind, setAppliedKind] = useState<string | undefined>(undefined);
  if (kindCheck.success && kindCheck.data !== appliedKind) setAppliedKind(kindCheck.data);

  const filters: JobFilters = { status, kind: appliedKind };
  const jobs = useInfiniteQuery({ ...jobsQueryOptions(filters), placeholderData: keepPreviousData });
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = status !== undefined || appliedKind !== undefined;
  const refreshing = jobs.isRefetching && !jobs.isFetchingNextPage;

  const retry = useRetryJob();
  const discard = useDiscardJob();
  const [discarding, setDiscarding] = useState<Job | null>(null);

  const retryJob = (job: Job) =>
    retry.mutate(job.id, {
      onSuccess: () => notifications.show({ color: "teal", message: `The ${job.kind} job is queued to run again now.` }),
      onError: (error) => notifications.show({ color: "red", title: "Could not retry the job", message: errorMessage(error) }),
    });
  const confirmDiscard = () => {
    if (!discarding) return;
    discard.mutate(discarding.id, {
      onSuccess: (job) => {
        setDiscarding(null);
        notifications.show({ color: "teal", message: `The ${job.kind} job is discarded; it will not run.` });
      },
    });
  };
  const closeDiscard = () => {
    setDiscarding(null);
    discard.reset();
  };

  return (
    <>
      <PageHeader title="Jobs" description="Background work of this workspace: webhook deliveries, e-mails and the like. Retry what failed, or give it up." />
      <JobFiltersBar
        status={status}
        kind={kindInput}
        kindError={kindInput.trim() === kind ? kindError : undefined}
        onStatus={setStatus}
        onKind={setKindInput}
        onClear={() => {
          setStatus(undefined);
          setKindInput("");
        }}
        onRefresh={() => void jobs.refetch()}
        refreshing={refreshing}
      />
      {jobs.isPending ? (
        <PageLoader label="Loading jobs…" />
      ) : jobs.isError && items.length === 0 ? (
        <PageError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty
          title={filtered ? "No jobs match these filters" : "No jobs yet"}
          description={filtered ? "Choose another status or kind, or clear the filters." : "Jobs appear here when the workspace has background work: webhook deliveries, e-mails, exports."}
        />
      ) : (
        <>
          <JobTable jobs={items} busyId={retry.isPending ? (retry.variables ?? null) : discard.isPending ? (discard.variables ?? null) : null} onRetry={retryJob} onDiscard={setDiscarding} />
          <LoadMore hasMore={jobs.hasNextPage} loading={jobs.isFetchingNextPage} onLoad={() => void jobs.fetchNextPage()} />
        </>
      )}
      <ConfirmModal
        opened={discarding !== null}
        title="Discard this job?"
        confirmLabel="Discard job"
        danger
        loading={discard.isPending}
        error={discard.error}
        onConfirm={confirmDiscard}
        onClose={closeDiscard}
      >
        {discarding && (
          <>
            The <Text span fw={600}>{discarding.kind}</Text> job will never run. It stays listed here as discarded.
          </>
        )}
      </ConfirmModal>
    </>
  );
}

export function JobsPage() {
  return (
    <RequireCapability capability="jobs.manage">
      <Jobs />
    </RequireCapability>
  );
}
