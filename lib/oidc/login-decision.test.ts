import { describe, expect, it } from "vitest";
import { decideLogin, type LoginFacts } from "./login-decision";

const createdAt = new Date("2026-01-01T10:00:00Z");
const before = { userId: "u1", createdAt, amr: ["pwd"], answersThis: false };
const after = { userId: "u1", createdAt, amr: ["pwd"], answersThis: true };
const facts = (o: Partial<LoginFacts>): LoginFacts => ({
  reasons: ["no_session"],
  required: undefined,
  session: null,
  ...o,
});

describe("decideLogin", () => {
  it("signs in without a session, and finishes with one", () => {
    expect(decideLogin(facts({})).kind).toBe("sign-in");
    expect(decideLogin(facts({ session: before })).kind).toBe("finish");
  });

  it("asks for a fresh sign-in on prompt=login and max_age, then accepts it", () => {
    expect(decideLogin(facts({ reasons: ["login_prompt"], session: before })).kind).toBe("sign-in");
    expect(decideLogin(facts({ reasons: ["max_age"], session: before })).kind).toBe("sign-in");
    expect(decideLogin(facts({ reasons: ["login_prompt"], session: after })).kind).toBe("finish");
  });

  it("steps up a session below the level asked, and accepts one at it", () => {
    expect(decideLogin(facts({ required: "mfa", session: before })).kind).toBe("step-up");
    const strong = { ...before, amr: ["pwd", "otp", "mfa"] };
    expect(decideLogin(facts({ required: "mfa", session: strong })).kind).toBe("finish");
    expect(decideLogin(facts({ required: "phr", session: strong })).kind).toBe("step-up");
  });

  it("accepts what the sign-in for this request reached, so it never loops", () => {
    expect(decideLogin(facts({ required: "phr", session: after })).kind).toBe("finish");
  });

  it("signs in again for another user's id_token_hint, then refuses a mismatch", () => {
    expect(decideLogin(facts({ hintSubject: "u2", session: before })).kind).toBe("sign-in");
    expect(decideLogin(facts({ hintSubject: "u2", session: after })).kind).toBe("refuse");
    expect(decideLogin(facts({ hintSubject: "u1", session: before })).kind).toBe("finish");
  });
});
