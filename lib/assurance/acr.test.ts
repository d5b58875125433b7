import { describe, expect, it } from "vitest";
import { ACR, acrOf, meets, parseAmr, requiredLevel } from "./acr";

describe("authentication levels", () => {
  it("maps amr to the highest acr reached", () => {
    expect(acrOf(["pwd"])).toBe(ACR.pwd);
    expect(acrOf(["pwd", "otp", "mfa"])).toBe(ACR.mfa);
    expect(acrOf(["pwd", "mfa"])).toBe(ACR.mfa);
    expect(acrOf(["pwd", "user", "hwk", "mfa"])).toBe(ACR.phr);
  });

  it("asks for a level only when every acr value is mfa or higher", () => {
    expect(requiredLevel(undefined, false)).toBeUndefined();
    expect(requiredLevel(ACR.mfa, false)).toBe("mfa");
    expect(requiredLevel(`${ACR.phr} ${ACR.mfa}`, false)).toBe("mfa");
    expect(requiredLevel(ACR.phr, false)).toBe("phr");
    expect(requiredLevel(`${ACR.pwd} ${ACR.mfa}`, false)).toBeUndefined();
    expect(requiredLevel("urn:other", false)).toBeUndefined();
    expect(requiredLevel(undefined, true)).toBe("mfa");
    expect(requiredLevel(ACR.phr, true)).toBe("phr");
  });

  it("compares a session's acr with a level", () => {
    expect(meets(ACR.pwd, undefined)).toBe(true);
    expect(meets(ACR.pwd, "mfa")).toBe(false);
    expect(meets(ACR.phr, "mfa")).toBe(true);
    expect(meets(ACR.mfa, "phr")).toBe(false);
    expect(meets(undefined, "mfa")).toBe(false);
  });

  it("reads stored amr defensively", () => {
    expect(parseAmr(null)).toEqual(["pwd"]);
    expect(parseAmr('["pwd","otp","mfa"]')).toEqual(["pwd", "otp", "mfa"]);
    expect(parseAmr("{bad")).toEqual(["pwd"]);
  });
});
