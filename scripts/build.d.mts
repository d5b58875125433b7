// Types for scripts/build.mjs, so tests can call it.
export function fingerprint(): string;
export function build(options?: { ifNeeded?: boolean }): void;
