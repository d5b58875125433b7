// While the database is away, the server answers page requests itself with 503 instead of
// letting each render fail into a bare 500 (scripts/server.ts asks `databaseIsDown()`). Any
// statement that fails because the database cannot be used marks it down (the connection in
// lib/db/client.ts reports it), and a probe, one `SELECT 1` a second while it is down, marks it
// back up. The state sits on globalThis: the server's bundle and Next's each hold a copy of
// this module.

const PROBE_EVERY_MS = 1000;
const STATE = Symbol.for("twofold.databaseOutage");
/** `probing` while a probe is waiting or running: each starts after the last one ended. */
type State = { down: boolean; probing: boolean };

function state(): State {
  const holder = globalThis as { [STATE]?: State };
  holder[STATE] ??= { down: false, probing: false };
  return holder[STATE];
}

/** Whether the last word on the database was that it cannot be used. */
export const databaseIsDown = () => state().down;

/** `probe` asks the database something trivial; it resolves once the database answers again. */
export function markDatabaseDown(probe: () => Promise<unknown>): void {
  const current = state();
  current.down = true;
  if (current.probing) return;
  current.probing = true;
  const next = () =>
    setTimeout(() => {
      probe().then(() => {
        current.down = false;
        current.probing = false;
      }, next);
    }, PROBE_EVERY_MS).unref();
  next();
}
