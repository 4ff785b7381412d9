import { Button, Group, Select } from "@mantine/core";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { deliveriesQueryOptions, type DeliveryStatus } from "../api/get-deliveries.ts";
import { DELIVERY_STATUS_OPTIONS } from "./delivery-status.ts";
import { DeliveryTable } from "./delivery-table.tsx";

/** A webhook's deliveries, newest first, filtered by status. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const deliveries = useInfiniteQuery({ ...deliveriesQueryOptions(webhookId, status ?? undefined), placeholderData: keepPreviousData });
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  const refreshing = deliveries.isRefetching && !deliveries.isFetchingNextPage;

  return (
    <div>
      <Group justify="space-between" align="flex-end" gap="sm" mb="md">
        <Select
          label="Status"
          placeholder="Any status"
          data={DELIVERY_STATUS_OPTIONS}
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | null)}
          clearable
          w={220}
        />
        <Button variant="default" loading={refreshing} onClick={() => void deliveries.refetch()} disabled={deliveries.isPending}>
          Refresh
        </Button>
      </Group>
      {deliveries.isPending ? (
        <PageLoader label="Loading deliveries…" />
      ) : deliveries.isError && items.length === 0 ? (
        <PageError error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : items.length === 0 ? (
        status ? (
          <PageEmpty title="No deliveries with this status" description="Choose another status, or any status, to see the others." />
        ) : (
          <PageEmpty title="No deliveries yet — deliveries appear when events happen" description="Each event this webhook subscribes to is sent here, with every retry." />
        )
      ) : (
        <>
          <DeliveryTable deliveries={items} />
          <LoadMore hasMore={deliveries.hasNextPage} loading={deliveries.isFetchingNextPage} onLoad={() => void deliveries.fetchNextPage()} />
        </>
      )}
    </div>
  );
}
