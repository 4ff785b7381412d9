/** The record types the API writes to the log, as people call them. */
export const RECORD_TYPES: Record<string, string> = {
  service: "Service",
  member: "Member",
  invitation: "Invitation",
  api_token: "API token",
  workspace: "Workspace",
  settings: "Settings",
  webhook: "Webhook",
  cheatsheet: "Cheat sheet",
  glossary_term: "Glossary term",
};

export const recordTypeLabel = (type: string) => RECORD_TYPES[type] ?? type.replace(/_/g, " ");

export const ACTION_LABELS = { create: "Created", update: "Updated", delete: "Deleted" } as const;
export const ACTION_COLORS = { create: "teal", update: "blue", delete: "red" } as const;
