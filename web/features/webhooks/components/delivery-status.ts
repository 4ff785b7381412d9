import type { WebhookDelivery } from "#shared/contracts/webhooks.ts";

type Status = WebhookDelivery["status"];

export const DELIVERY_STATUS_LABELS: Record<Status, string> = { pending: "Pending", succeeded: "Succeeded", failed: "Failed" };
export const DELIVERY_STATUS_COLORS: Record<Status, string> = { pending: "blue", succeeded: "teal", failed: "red" };
export const DELIVERY_STATUS_OPTIONS = (Object.keys(DELIVERY_STATUS_LABELS) as Status[]).map((value) => ({ value, label: DELIVERY_STATUS_LABELS[value] }));
