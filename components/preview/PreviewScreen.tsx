"use client";
// One hosted screen in preview mode: it starts from the settings in its URL, follows the settings
// the framing console posts (see lib/preview/protocol), and keeps every link and passkey prompt
// inert so nothing leaves the page, calls the experience API or writes anything.
import { type MouseEvent, Suspense, useEffect, useState, useSyncExternalStore } from "react";
import { availability } from "@/lib/preview/availability";
import { acceptBrandingMessage, type PreviewBranding } from "@/lib/preview/branding-protocol";
import { acceptSettingsMessage, type PreviewSettings, readyMessage } from "@/lib/preview/protocol";
import type { PreviewScreen as ScreenId } from "@/lib/preview/screens";
import { BrandingProvider } from "../branding/BrandingProvider";
import { NotShown } from "./NotShown";
import { Screen } from "./screens";

// The hosted components autofocus their first field. Framed beside the console form, that would
// pull the admin's focus into the preview whenever it loads or a setting changes; only follow
// focus requests while the preview itself has focus. The screen is drawn after hydration (see
// below), so no `autofocus` attribute reaches the HTML, where this guard could not stop it.
if (typeof window !== "undefined" && window.parent !== window) {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function focusWhenActive(this: HTMLElement, options) {
    if (document.hasFocus()) focus.call(this, options);
  };
}

const subscribe = () => () => {};

/** What the frame shows until its screen is drawn. */
const blank = <div className="min-h-dvh bg-slate-50" />;

export type PreviewScreenProps = {
  screen: ScreenId;
  initialSettings: PreviewSettings;
  initialBranding: PreviewBranding;
  qrCode: string;
};

/** Links and passkey prompts would leave the preview or reach the experience API. */
const INERT = "a[href], [data-needs-js]";

export function PreviewScreen({
  screen,
  initialSettings,
  initialBranding,
  qrCode,
}: PreviewScreenProps) {
  const [settings, setSettings] = useState(initialSettings);
  const [branding, setBranding] = useState(initialBranding);
  const [notice, setNotice] = useState(false);
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      const at = { self: window, parent: window.parent, origin: window.location.origin };
      const next = acceptSettingsMessage(event, at);
      if (next) setSettings(next);
      const nextBranding = acceptBrandingMessage(event, at);
      if (nextBranding) setBranding(nextBranding);
    }
    window.addEventListener("message", onMessage);
    // Settings posted while this page was still loading were missed: ask for them again.
    if (window.parent !== window) window.parent.postMessage(readyMessage, window.location.origin);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(false), 2500);
    return () => clearTimeout(timer);
  }, [notice]);

  // Capture phase: stopping the click here keeps it from React's handlers (Link navigation,
  // the passkey buttons' fetches) and preventDefault keeps plain anchors from navigating.
  function onClickCapture(event: MouseEvent) {
    if (!(event.target instanceof Element) || !event.target.closest(INERT)) return;
    event.preventDefault();
    event.stopPropagation();
    setNotice(true);
  }

  const shown = availability(screen, settings);
  return (
    <BrandingProvider branding={branding}>
      <div onClickCapture={onClickCapture} data-preview-screen={screen}>
        {!hydrated ? (
          blank
        ) : shown.shown ? (
          <Suspense fallback={blank}>
            <Screen screen={screen} settings={settings} qrCode={qrCode} />
          </Suspense>
        ) : (
          <NotShown reason={shown.reason} />
        )}
        <p
          role="status"
          className={
            notice
              ? "fixed inset-x-0 bottom-4 mx-auto w-fit rounded-full bg-slate-900/90 px-4 py-2 text-xs font-medium text-white shadow-lg"
              : "sr-only"
          }
        >
          {notice ? "Preview only — links and passkey prompts are off here." : ""}
        </p>
      </div>
    </BrandingProvider>
  );
}
