import type { Role } from "#shared/contracts/common.ts";

/*
 * Which roles open which part of Tandem: the lists route declarations and
 * policies share. The web never reads them; it gets capabilities and
 * `permissions` from the API.
 */

/** Workspace administration: members, invitations, webhooks, jobs, outbox, audit log, settings. */
export const ADMINS = ["admin"] as const satisfies readonly Role[];
/** Who edits the service catalog. */
export const CATALOG_EDITORS = ["pmo", "admin"] as const satisfies readonly Role[];
/** Who writes and reviews cheat sheets and the glossary; everyone else reads the published ones. */
export const CHEATSHEET_WRITERS = ["pm", "pmo"] as const satisfies readonly Role[];
/** Who is asked to confirm they read each sheet: everyone who is not only a writer. */
export const CHEATSHEET_READERS = ["admin", "sales_manager", "rep", "se"] as const satisfies readonly Role[];
/** Who sees, per sheet and per rep, who acknowledged what. */
export const CHEATSHEET_MANAGERS = ["pmo", "pm", "sales_manager", "admin"] as const satisfies readonly Role[];
/** Who builds training: courses, quizzes, sessions; and who sees everyone's progress and readiness. */
export const TRAINING_MANAGERS = ["sales_manager", "pmo"] as const satisfies readonly Role[];
