import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import { ApproveSheetSchema, CheatSheetSchema, RequestChangesSchema, SheetActionSchema, VersionParamsSchema, type CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { CHEATSHEET_WRITERS } from "#shared/policies/roles.ts";
import * as lifecycle from "./cheatsheets.lifecycle.ts";
import { tags } from "./cheatsheets.routes.ts";

type Action<Body> = (ctx: RequestContext, id: string, input: Body) => Promise<CheatSheet>;

export const cheatSheetLifecycleRoutes: FastifyPluginAsyncZod = async (app) => {
  // Each action is a POST on the sheet that names the version the caller read.
  const action = <Schema extends z.ZodType>(
    path: string,
    operationId: string,
    summary: string,
    description: string,
    body: Schema,
    run: Action<z.infer<Schema>>,
    problems?: Record<number, string>,
  ) =>
    app.post(
      `/v1/cheatsheets/:id/${path}`,
      {
        config: { access: CHEATSHEET_WRITERS, ...(problems ? { problems } : {}) },
        schema: { operationId, tags, summary, description, params: IdParamsSchema, body, response: { 200: CheatSheetSchema } },
      },
      async (request) => run(contextOf(request), request.params.id, request.body as z.infer<Schema>),
    );

  action("submit", "submitCheatSheet", "Submit the draft for review", "The draft goes to `in_review`; reviewers (PMO leads, and project managers other than the author) are told.", SheetActionSchema, lifecycle.submitSheet);
  action(
    "approve",
    "approveCheatSheet",
    "Approve the draft: publish it as a new version",
    "A PMO lead may approve any draft, a project manager only one they did not write (403). When the draft breaks a clarity limit the answer is 422 `clarity_exception_required` listing the findings, unless `acceptException` is true with a `comment` saying why; the published version then shows the accepted exception. Reps are told.",
    ApproveSheetSchema,
    lifecycle.approveSheet,
    { 422: "`clarity_exception_required`: the draft breaks a clarity limit; `errors` lists the findings." },
  );
  action("request-changes", "requestCheatSheetChanges", "Send the draft back with comments", "The draft returns to `draft`; its author is told.", RequestChangesSchema, lifecycle.requestChanges);
  action("verify", "verifyCheatSheet", "Re-verify a published sheet", "One click: the published content is still right. Clears *stale*; the next check falls due one verification interval from now.", SheetActionSchema, lifecycle.verifySheet);
  action("archive", "archiveCheatSheet", "Archive a published sheet", "Readers stop seeing it. Its owner or a PMO lead may archive it.", SheetActionSchema, lifecycle.archiveSheet);
  action("unarchive", "unarchiveCheatSheet", "Bring an archived sheet back", "It is published again as it was. Its owner or a PMO lead may do this.", SheetActionSchema, lifecycle.unarchiveSheet);

  app.post(
    "/v1/cheatsheets/:id/versions/:number/restore",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "restoreCheatSheetVersion",
        tags,
        summary: "Restore an old version as a new draft",
        description: "The version's content becomes the working copy, a draft of the next version; what readers see does not change until it is approved.",
        params: VersionParamsSchema,
        body: SheetActionSchema,
        response: { 200: CheatSheetSchema },
      },
    },
    async (request) => lifecycle.restoreVersion(contextOf(request), request.params.id, request.params.number, request.body),
  );
};
