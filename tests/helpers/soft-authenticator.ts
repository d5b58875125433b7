// A software WebAuthn authenticator (P-256, "none" attestation) built from node:crypto: it
// produces the same JSON a browser hands to the page, so servers verify genuine ceremonies.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

export type RelyingPartyTarget = { rpId: string; origin: string };

export const UP = 0x01;
export const UV = 0x04;
export const AT = 0x40;

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest();
export const b64u = (data: string | Uint8Array) => Buffer.from(data).toString("base64url");

export type Ceremony = {
  challenge: string;
  origin?: string;
  rpId?: string;
  type?: string;
  flags?: number;
  counter?: number; // default: the authenticator's next counter
  signWith?: KeyObject; // default: the credential's own private key
  userHandle?: string | null; // default: the owner's id
};

/** One credential on a tiny CTAP-less authenticator: what a browser would hand to the page. */
export class SoftAuthenticator {
  readonly rawId = randomBytes(16);
  readonly keys = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  counter = 0;

  constructor(
    readonly userId: string,
    readonly rp: RelyingPartyTarget,
  ) {}

  get id(): string {
    return b64u(this.rawId);
  }

  create(c: Ceremony) {
    const jwk = this.keys.publicKey.export({ format: "jwk" });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, new Uint8Array(Buffer.from(jwk.x ?? "", "base64url"))],
        [-3, new Uint8Array(Buffer.from(jwk.y ?? "", "base64url"))],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.rawId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.rawId, cose]);
    const authData = authenticatorData(
      this.rp,
      c,
      (c.flags ?? UP | UV) | AT,
      c.counter ?? 0,
      attested,
    );
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ["fmt", "none"],
        ["attStmt", new Map<string, string>()],
        ["authData", new Uint8Array(authData)],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64u(clientData(this.rp, c, "webauthn.create")),
        attestationObject: b64u(attestationObject),
        transports: ["internal", "hybrid", "carrier-pigeon"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  get(c: Ceremony) {
    this.counter += 1;
    const authData = authenticatorData(this.rp, c, c.flags ?? UP | UV, c.counter ?? this.counter);
    const client = clientData(this.rp, c, "webauthn.get");
    const signed = Buffer.concat([authData, sha256(client)]);
    const signature = sign("sha256", signed, c.signWith ?? this.keys.privateKey); // DER
    const userHandle = c.userHandle === undefined ? this.userId : c.userHandle;
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64u(client),
        authenticatorData: b64u(authData),
        signature: b64u(signature),
        ...(userHandle === null ? {} : { userHandle: b64u(userHandle) }),
      },
      clientExtensionResults: {},
    };
  }
}

function authenticatorData(
  rp: RelyingPartyTarget,
  c: Ceremony,
  flags: number,
  counter: number,
  attested?: Buffer,
) {
  const count = Buffer.alloc(4);
  count.writeUInt32BE(counter);
  const parts = [sha256(c.rpId ?? rp.rpId), Buffer.from([flags]), count];
  return Buffer.concat(attested ? [...parts, attested] : parts);
}

function clientData(rp: RelyingPartyTarget, c: Ceremony, type: string) {
  const origin = c.origin ?? rp.origin;
  return Buffer.from(JSON.stringify({ type: c.type ?? type, challenge: c.challenge, origin }));
}
