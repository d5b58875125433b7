// For the passkey steps, which cannot work without JavaScript: with scripting off, a notice
// replaces every control marked `data-needs-js`, so no button sits there doing nothing.
export function NeedsJavaScript({ children }: { children: React.ReactNode }) {
  return (
    <noscript className="block">
      <style>{"[data-needs-js]{display:none!important}"}</style>
      <span className="block rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-amber-900">
        {children}
      </span>
    </noscript>
  );
}
