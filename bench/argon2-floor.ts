// The floor a sign-in cannot beat: the app's own argon2id verify (same parameters, one Node
// process, its thread pool sized as the server's: run.ts preloads scripts/threadpool.cjs),
// `connections` at a time for `seconds`.
// Prints {"rate": verifies per second}.
import { hashSecret, verifySecret } from "@/lib/crypto/password-hash";

const [connections = 16, seconds = 8] = process.argv.slice(2).map(Number);
const hashed = await hashSecret("bench-quiet-river-lantern");
let done = 0;
let measuring = false;
const warmUntil = Date.now() + 1000;
const endAt = warmUntil + seconds * 1000;
let started = 0;
async function worker() {
  while (Date.now() < endAt) {
    if (!measuring && Date.now() >= warmUntil) {
      measuring = true;
      started = performance.now();
    }
    await verifySecret(hashed, "bench-quiet-river-lantern");
    if (measuring) done += 1;
  }
}
await Promise.all(Array.from({ length: connections }, worker));
console.info(JSON.stringify({ rate: done / ((performance.now() - started) / 1000) }));
