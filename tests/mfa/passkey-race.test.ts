// Two flows binding one new passkey (the same credential id) at once: exactly one account gets
// it, the other flow is refused with a stable code and stores nothing, and can carry on.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { TestClient } from "../helpers/client";
import { rowCounts } from "../helpers/db-state";
import { api, migrateTestDatabase, startRegistration } from "../helpers/experience";
import { mfaApi, setMfa, webAuthnApi } from "../helpers/mfa";
import { SoftAuthenticator } from "../helpers/soft-authenticator";
import { TEST_PUBLIC_URL } from "../setup/env";

const RP = { rpId: "localhost", origin: TEST_PUBLIC_URL };

beforeAll(migrateTestDatabase);
beforeEach(() => setMfa(["WebAuthn"]));

/** Runs the registration ceremony of `device` in the client's flow and binds the passkey. */
async function bindPasskey(client: TestClient, device: SoftAuthenticator) {
  const started = await webAuthnApi.registration(client);
  const options = started.body.registrationOptions as { challenge: string };
  const verified = await webAuthnApi.registrationVerify(
    client,
    started.body.verificationId,
    device.create({ challenge: options.challenge }),
  );
  expect(verified.status).toBe(200);
  expect((await mfaApi.bind(client, "WebAuthn", started.body.verificationId)).status).toBe(204);
}

async function twoFlowsWithOnePasskey() {
  const first = await startRegistration();
  const second = await startRegistration();
  const device = new SoftAuthenticator("shared", RP);
  await bindPasskey(first.client, device);
  await bindPasskey(second.client, device);
  return { first, second, device };
}

async function expectOneOwner(credentialId: string, winner: string, loser: string) {
  const factors = await getDb().mfaFactor.findMany({ where: { credentialId } });
  expect(factors).toHaveLength(1);
  const owner = await getDb().user.findUniqueOrThrow({ where: { id: factors[0]?.userId } });
  expect(owner.username).toBe(winner);
  expect(await getDb().user.findUnique({ where: { username: loser } })).toBeNull();
}

describe("one passkey bound by two flows", () => {
  it("refuses the second submit with user.passkey_already_in_use and writes nothing", async () => {
    const { first, second, device } = await twoFlowsWithOnePasskey();
    expect((await api.submit(first.client)).status).toBe(200);
    const before = await rowCounts();
    const refused = await api.submit(second.client);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("user.passkey_already_in_use");
    expect(refused.body.message).toMatch(/passkey/i);
    expect(await rowCounts()).toEqual(before);
    await expectOneOwner(device.id, first.username, second.username);

    // The refused flow lost that passkey and goes back to choosing a method.
    const again = await api.submit(second.client);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe("user.suggest_mfa");
    await bindPasskey(second.client, new SoftAuthenticator("other", RP));
    expect((await api.submit(second.client)).status).toBe(200);
  });

  it("lets exactly one of two concurrent submits win", async () => {
    const { first, second, device } = await twoFlowsWithOnePasskey();
    const results = await Promise.all([api.submit(first.client), api.submit(second.client)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 422]);
    const refused = results.find((r) => r.status === 422);
    expect(refused?.body.code).toBe("user.passkey_already_in_use");
    const [winner, loser] = results[0]?.status === 200 ? [first, second] : [second, first];
    await expectOneOwner(device.id, winner.username, loser.username);
  });
});
