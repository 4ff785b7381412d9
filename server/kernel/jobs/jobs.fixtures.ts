import type { Executor } from "../db/database.ts";

/** A clock tests move by hand: `clock()` is now, `clock.advance(ms)` moves it. */
export function fakeClock(start: Date | string | number = Date.now()) {
  let time = new Date(start).getTime();
  const clock = () => new Date(time);
  return Object.assign(clock, {
    advance(ms: number) {
      time += ms;
    },
    set(at: string) {
      time = Date.parse(at);
    },
    iso: () => new Date(time).toISOString(),
  });
}

/** A promise tests settle from outside. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

export function jobRow(db: Executor, id: string) {
  return db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** Doubling from 1 s, no jitter: retry times tests can name. */
export const exactBackoff = (attempt: number) => 1000 * 2 ** (attempt - 1);
