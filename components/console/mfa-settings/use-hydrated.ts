// True once React runs in the browser; false while rendering on the server (and without
// JavaScript), so the form can keep plain-HTML behaviour until it is enhanced.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
