// Preloaded by `npm start` and `npm run dev` (node --require): libuv's thread pool, which runs
// the argon2id hashes, gets one thread per core unless the operator sized it. It must run before
// anything uses the pool, which reads UV_THREADPOOL_SIZE once, when it starts: by the first line
// of an ES module it has already started. Why one per core: ARCHITECTURE.md, "Decisions where
// the design was silent".
const { availableParallelism } = require("node:os");

process.env.UV_THREADPOOL_SIZE ||= String(availableParallelism());
