import type { FastifyRequest } from "fastify";
import type { Actor } from "./access.ts";
import { requireActor } from "./access.ts";
import type { Db } from "./db/database.ts";

/** What a service method needs to know about the call: the database and who is asking. */
export interface RequestContext {
  db: Db;
  actor: Actor;
  workspaceId: string;
}

export function contextOf(request: FastifyRequest): RequestContext {
  const actor = requireActor(request);
  return { db: request.server.tandem.db, actor, workspaceId: actor.workspaceId };
}
