// A promise the test opens by hand: one side awaits `passed`, the other calls `open()`, to hold
// an operation (a transaction, say) at a known point while something else runs.
export function gate() {
  let open!: () => void;
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, passed };
}
