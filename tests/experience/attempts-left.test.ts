// The flow's remaining second-factor attempts, as the interaction view shows them: counted down
// by wrong codes, given back by a right one, and never more than the count.
import { beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase } from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";

beforeAll(async () => {
  await migrateTestDatabase();
  await setMfa(["Totp", "BackupCode"]);
});

describe("interaction view: mfaAttemptsLeft", () => {
  it("counts the flow's wrong second factors down to the last one", async () => {
    const user = await registerWithTotp();
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    expect((await api.interaction(client)).body.mfaAttemptsLeft).toBe(5);
    const wrong = codeFor(user.secret, 10);
    for (const left of [4, 3, 2, 1]) {
      const refused = await mfaApi.totpVerify(client, { code: wrong });
      expect(refused.body.code).toBe("session.mfa.invalid_totp_code");
      expect((await api.interaction(client)).body.mfaAttemptsLeft).toBe(left);
    }
    // A right code (the next step: enrollment used this one) gives its own slot back; the
    // earlier failures still count.
    expect((await mfaApi.totpVerify(client, { code: codeFor(user.secret, 1) })).status).toBe(200);
    const view = (await api.interaction(client)).body;
    expect(view.mfaAttemptsLeft).toBe(1);
    expect(JSON.stringify(view)).not.toContain(user.secret);
  });
});
