import { describe, expect, it } from "vitest";
import { AppError, errorMessage, hasCode } from "./errors";

describe("AppError", () => {
  it("takes its status from the one table", () => {
    expect(new AppError("guard.invalid_input").status).toBe(400);
    expect(new AppError("request.origin_not_allowed").status).toBe(403);
    expect(new AppError("session.expired").status).toBe(410);
    expect(new AppError("guard.payload_too_large").status).toBe(413);
    expect(new AppError("user.username_already_in_use").status).toBe(422);
  });

  it("serialises to { code, message, data? }", () => {
    expect(
      new AppError("session.verification_blocked_too_many_attempts", { minutesLeft: 3 }).toJSON(),
    ).toEqual({
      code: "session.verification_blocked_too_many_attempts",
      message: "Too many failed attempts. Try again later.",
      data: { minutesLeft: 3 },
    });
    expect(new AppError("entity.not_found").toJSON()).toEqual({
      code: "entity.not_found",
      message: "Not found.",
    });
  });

  it("tells the expected codes from everything else", () => {
    const expected = ["session.not_found", "session.verification_not_found"] as const;
    expect(hasCode(new AppError("session.verification_not_found"), expected)).toBe(true);
    expect(hasCode(new AppError("session.conflict"), expected)).toBe(false);
    expect(hasCode(new Error("session.not_found"), expected)).toBe(false);
    expect(hasCode({ code: "session.not_found" }, expected)).toBe(false);
  });
});

describe("errorMessage", () => {
  it("answers a code from a URL with its message, and anything else with the generic one", () => {
    expect(errorMessage("session.expired")).toBe("This sign-in session expired. Start again.");
    for (const code of ["constructor", "toString", "__proto__", "hasOwnProperty", "nope"]) {
      expect(errorMessage(code)).toBe("Something went wrong on our side.");
    }
  });
});
