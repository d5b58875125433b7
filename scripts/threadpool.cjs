// Preloaded by `npm start` and `npm run dev` (node --require) so it runs before anything uses
// libuv's thread pool, which reads UV_THREADPOOL_SIZE once, when it starts: by the first line of
// an ES module it has already started, so scripts/start.mjs cannot set it.
//
// One pool thread per core unless the operator set the size. The pool runs the argon2id hashes
// (pure CPU, about 20 ms each): Node's default of four threads on a 2-core machine let four run
// at once, splitting the same two cores four ways and starving the one JavaScript thread that
// every other step of every sign-in waits on. On two cores, two threads: sign-ins 5% faster
// (medians of eight alternating runs, 55.6 against 52.9/s) and hashes alone 2% faster. A
// JavaScript-side limit does worse: a queued hash then starts only when the busy JavaScript
// thread gets round to the last one's answer.
const { availableParallelism } = require("node:os");

/** The pool size the server runs with: the operator's UV_THREADPOOL_SIZE, else the cores. */
function threadpoolSize(env = process.env) {
  return env.UV_THREADPOOL_SIZE || String(availableParallelism());
}

process.env.UV_THREADPOOL_SIZE = threadpoolSize();
module.exports = { threadpoolSize };
