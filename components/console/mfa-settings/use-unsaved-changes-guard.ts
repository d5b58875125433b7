// Asks before leaving a form with unsaved changes: the browser's own prompt for reloads, tab
// closes and other sites, and a confirm() for in-app links and other forms (sign-out), whose
// client-side navigation never fires beforeunload.
import { type RefObject, useEffect } from "react";

export const LEAVE_MESSAGE = "You have unsaved changes. Leave this page without saving them?";

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** The same-origin page a click is about to open in this tab, or null for any other click. */
function inAppDestination(event: MouseEvent): URL | null {
  if (event.defaultPrevented || !isPlainLeftClick(event)) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return null;
  if (link.target && link.target !== "_self") return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  const samePage =
    url.pathname === window.location.pathname && url.search === window.location.search;
  return samePage ? null : url;
}

/** `form` is the guarded form itself: submitting it is saving, not leaving. */
export function useUnsavedChangesGuard(
  active: boolean,
  form: RefObject<HTMLFormElement | null>,
  message = LEAVE_MESSAGE,
): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium shows the prompt only when returnValue is set.
      event.returnValue = "";
    };
    // Capture phase on the document runs before React's listeners on its root, so stopping
    // the event here keeps a next/link (on other pages) from navigating, and preventDefault a plain
    // anchor.
    const onClick = (event: MouseEvent) => {
      if (!inAppDestination(event)) return;
      if (window.confirm(message)) {
        window.removeEventListener("beforeunload", onBeforeUnload);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    const onSubmit = (event: SubmitEvent) => {
      if (event.target === form.current || window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, [active, form, message]);
}
