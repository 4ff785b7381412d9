import { beforeAll, describe, expect, it } from "vitest";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { ROLES, type Page } from "#shared/contracts/common.ts";
import { JOB_STATUSES, type Job, type JobStatus } from "#shared/contracts/jobs.ts";
import { jobPolicy } from "#shared/policies/jobs.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

type JobAction = keyof typeof jobPolicy;
const ACTIONS = Object.keys(jobPolicy) as JobAction[];

/** For every role, every job status and every action: `permissions` (in the list and on the record) is what the server does. */
describe("job permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  /** A job far in the future, put in the status under test as a worker or an admin would have left it. */
  async function jobIn(status: JobStatus): Promise<string> {
    const id = await enqueueJob(t.database.db, { kind: "test.report", workspaceId: ws.id, runAt: "2100-01-01T00:00:00.000Z" });
    await t.database.db.updateTable("jobs").set({ status }).where("id", "=", id).execute();
    return id;
  }

  for (const role of ROLES) {
    for (const status of JOB_STATUSES) {
      it(`${role}, on a ${status} job`, async () => {
        const actor = as(t.app, ws.members[role]);
        for (const action of ACTIONS) {
          const id = await jobIn(status);
          const seen = await actor({ method: "GET", url: `/api/v1/jobs/${id}` });
          const list = await actor({ method: "GET", url: `/api/v1/jobs?limit=200&status=${status}` });
          const response = await actor({ method: "POST", url: `/api/v1/jobs/${id}/${action}` });
          if (seen.statusCode === 403) {
            // Who may not see jobs may not act on them either.
            expect([list.statusCode, response.statusCode]).toEqual([403, 403]);
            continue;
          }
          const { permissions } = seen.json<Job>();
          expect(list.json<Page<Job>>().items.find((item) => item.id === id)?.permissions).toEqual(permissions);
          const done = expectDoneAsPermitted(response, permissions[action], `${role} ${action} on ${status}`);
          if (!done) expect(response.statusCode).toBe(409);
        }
      });
    }
  }
});
