import { describe, expect, it } from "vitest";
import { lockoutState, type PoolPolicy } from "./lockout";

const policy: PoolPolicy = { maxAttempts: 3, windowMinutes: 60, lockMinutes: 15, hardLimit: 5 };
const now = new Date("2026-06-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("lockoutState", () => {
  it("stays open below the limit", () => {
    expect(lockoutState({ failures: [ago(1), ago(2)] }, policy, now)).toEqual({ locked: false });
  });

  it("locks for lockMinutes after the newest of maxAttempts failures within the window", () => {
    const state = lockoutState({ failures: [ago(5), ago(10), ago(20)] }, policy, now);
    expect(state).toEqual({ locked: true, minutesLeft: 10 });
  });

  it("opens once lockMinutes have passed since the newest failure", () => {
    expect(lockoutState({ failures: [ago(16), ago(17), ago(18)] }, policy, now)).toEqual({
      locked: false,
    });
  });

  it("ignores failures spread wider than the window", () => {
    expect(lockoutState({ failures: [ago(1), ago(2), ago(70)] }, policy, now)).toEqual({
      locked: false,
    });
  });

  it("hard-locks after hardLimit failures in a row, until a success", () => {
    const failures = [ago(200), ago(300), ago(400), ago(500), ago(600)];
    expect(lockoutState({ failures }, policy, now)).toEqual({ locked: true, minutesLeft: null });
    expect(lockoutState({ failures, lastSuccess: ago(450) }, policy, now)).toEqual({
      locked: false,
    });
  });
});
