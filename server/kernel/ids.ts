import { v7 } from "uuid";

/** Time-ordered UUIDs (v7): unique across processes and sortable by creation. */
export const newId = (): string => v7();

export const now = (): string => new Date().toISOString();
