// A new passkey credential as the registration ceremony yields it, a flow keeps it until binding
// (JSON, so the counter is a decimal string) and the factor store writes it: one shape for all.
import { z } from "zod";

export const PasskeyCredentialSchema = z.object({
  credentialId: z.string(),
  publicKey: z.string(),
  counter: z.string(),
  transports: z.array(z.string()),
  /** singleDevice (a security key: amr hwk) or multiDevice (synced: amr swk). */
  deviceType: z.string(),
  backedUp: z.boolean(),
  aaguid: z.string(),
});

export type PasskeyCredential = z.output<typeof PasskeyCredentialSchema>;
