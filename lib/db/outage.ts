// While the database is away, the server answers page requests itself with 503 instead of
// letting each render fail into a bare 500 (scripts/server.ts asks `databaseIsDown()`). Any
// statement that fails because the database cannot be used marks it down (the connection in
// lib/db/client.ts reports it), and a probe, one `SELECT 1` a second while it is down, marks it
// back up. The state sits on globalThis: the server's bundle and Next's each hold a copy of
// this module.

const PROBE_EVERY_MS = 1000;
const STATE = Symbol.for("twofold.databaseOutage");
type State = { down: boolean; probe?: ReturnType<typeof setInterval>; probing?: boolean };

function state(): State {
  const holder = globalThis as { [STATE]?: State };
  holder[STATE] ??= { down: false };
  return holder[STATE];
}

/** Whether the last word on the database was that it cannot be used. */
export const databaseIsDown = () => state().down;

/** `probe` asks the database something trivial; it resolves once the database answers again. */
export function markDatabaseDown(probe: () => Promise<unknown>): void {
  const current = state();
  current.down = true;
  if (current.probe) return;
  current.probe = setInterval(async () => {
    if (current.probing) return;
    current.probing = true;
    try {
      await probe();
      current.down = false;
      clearInterval(current.probe);
      current.probe = undefined;
    } catch {
      // Still away: the next tick asks again.
    } finally {
      current.probing = false;
    }
  }, PROBE_EVERY_MS);
  current.probe.unref();
}
