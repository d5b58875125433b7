"use client";
// The console's live preview: a screen picker, a Desktop/Phone toggle and a frame of the hosted
// screen in preview mode (/preview/<screen>), drawn on the server from the unsaved settings in
// its URL. Two frames take turns: the next URL loads in the hidden one, which is shown once it
// has loaded, so a change never flashes a blank frame.
import {
  type ReactNode,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { cx } from "@/components/ui/cx";
import { encodeBranding, type PreviewBranding } from "@/lib/preview/branding-protocol";
import { encodeSettings, type PreviewSettings } from "@/lib/preview/protocol";
import type { PreviewScreen } from "@/lib/preview/screens";

type Device = "desktop" | "phone";

/** The pane's fixed parts, drawn on the server by previewChrome(). */
export type PreviewChrome = {
  /** The screen picker's <optgroup>s. */
  screenOptions: ReactNode;
  /** Each screen's hosted address, for the desktop frame's address bar. */
  screenPaths: Record<PreviewScreen, string>;
  deviceIcons: Record<Device, ReactNode>;
  /** The line under the picker. */
  note: ReactNode;
};

export type PreviewPaneProps = {
  settings: PreviewSettings;
  /** The branding to draw (the saved one, or the Branding tab's unsaved draft). */
  branding: PreviewBranding;
  chrome: PreviewChrome;
};
type Slot = 0 | 1;

/**
 * The viewport each frame simulates; the frame is scaled down to fit the pane. A small desktop
 * window (the hosted card is 448 px wide either way) keeps the scale near 60% in the console's
 * preview column, so its text stays legible; the phone is scaled to fit the window's height too.
 */
const VIEWPORT: Record<Device, { width: number; height: number }> = {
  desktop: { width: 800, height: 600 },
  phone: { width: 390, height: 760 },
};
/** Phone bezel on each side and the desktop's browser bar, in the frame's own pixels. */
const BEZEL = 10;
const BAR = 44;

/** Links and buttons would leave the preview (its forms cannot post: see next.config.ts). */
const INERT = "a[href], button";

export function PreviewPane({ settings, branding, chrome }: PreviewPaneProps) {
  const selectId = useId();
  const stage = useRef<HTMLDivElement>(null);
  const [screen, setScreen] = useState<PreviewScreen>("sign-in");
  const [device, setDevice] = useState<Device>("desktop");
  const [stageSize, setStageSize] = useState({ width: 0, height: 0 });
  const [notice, setNotice] = useState(false);

  // The URL of what the frame should show; the shown frame holds it, or the hidden one loads it.
  const wanted = previewUrl(screen, { settings, branding });
  const [srcs, setSrcs] = useState<[string, string | undefined]>(() => [wanted, undefined]);
  const [shown, setShown] = useState<Slot>(0);
  const latest = useRef({ wanted, shown });
  latest.current = { wanted, shown };
  /** The URL each frame last finished loading. */
  const loaded = useRef<[string | null, string | null]>([null, null]);
  const frames = [useRef<HTMLIFrameElement>(null), useRef<HTMLIFrameElement>(null)] as const;

  useEffect(() => {
    const hidden: Slot = shown === 0 ? 1 : 0;
    if (srcs[shown] === wanted) return;
    if (srcs[hidden] !== wanted) {
      setSrcs((current) => (hidden === 0 ? [wanted, current[1]] : [current[0], wanted]));
    } else if (loaded.current[hidden] === wanted) {
      setShown(hidden);
    }
  }, [wanted, shown, srcs]);

  // Clicks and submits inside the frame stop there, with a word on why. The frame is ours (same
  // origin), so its document takes the pane's listeners; it runs no script of its own.
  const keepInert = useCallback((event: Event) => {
    const target = event.target as Element | null;
    if (event.type === "click" && !target?.closest?.(INERT)) return;
    event.preventDefault();
    event.stopPropagation();
    setNotice(true);
  }, []);

  const guard = useCallback(
    (frame: HTMLIFrameElement | null) => {
      const doc = frame?.contentDocument;
      doc?.addEventListener("click", keepInert, true);
      doc?.addEventListener("submit", keepInert, true);
    },
    [keepInert],
  );

  function onLoad(slot: Slot, event: SyntheticEvent<HTMLIFrameElement>) {
    const src = event.currentTarget.getAttribute("src");
    loaded.current[slot] = src;
    guard(event.currentTarget);
    if (src === latest.current.wanted && slot !== latest.current.shown) setShown(slot);
  }

  // The first frame may have loaded before the pane was hydrated, and missed its onLoad.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the server-rendered frame
  useEffect(() => {
    const first = frames[0].current;
    if (first?.contentDocument?.readyState === "complete") {
      loaded.current[0] = first.getAttribute("src");
      guard(first);
    }
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(false), 2500);
    return () => clearTimeout(timer);
  }, [notice]);

  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setStageSize({
        width: entry?.contentRect.width ?? 0,
        height: entry?.contentRect.height ?? 0,
      }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const viewport = VIEWPORT[device];
  const outer = device === "phone" ? viewport.width + 2 * BEZEL : viewport.width;
  const outerHeight = viewport.height + (device === "phone" ? 2 * BEZEL : BAR);
  // Only the phone's stage has a height of its own; the desktop's follows the frame.
  const fitHeight = device === "phone" && stageSize.height > 0 ? stageSize.height / outerHeight : 1;
  const scale = stageSize.width > 0 ? Math.min(1, stageSize.width / outer, fitHeight) : 1;

  const iframe = (
    <div className="relative" style={{ width: viewport.width, height: viewport.height }}>
      {srcs.map((src, i) => {
        const slot = i as Slot;
        const visible = slot === shown;
        return (
          <iframe
            key={slot}
            ref={frames[slot]}
            // Only the shown frame is the preview; the other one loads out of sight and reach.
            title={visible ? "Sign-in preview" : "Next preview, loading"}
            aria-hidden={visible ? undefined : true}
            inert={!visible}
            // Sandboxed without scripts: no script, form post, popup or autofocus (the hosted
            // screens focus their first field, which would take the admin's focus), yet still our
            // origin, so the pane can reach its document. app/preview/preview.css undoes what the
            // pages show when scripting is off.
            sandbox="allow-same-origin"
            tabIndex={visible ? undefined : -1}
            src={src}
            onLoad={(event) => onLoad(slot, event)}
            width={viewport.width}
            height={viewport.height}
            className={cx(
              "absolute inset-0 block border-0 bg-slate-50",
              visible ? undefined : "invisible",
            )}
            style={{ width: viewport.width, height: viewport.height }}
          />
        );
      })}
      <p
        role="status"
        className={
          notice
            ? "absolute inset-x-0 bottom-6 mx-auto w-fit rounded-full bg-slate-900/90 px-6 py-3 text-xl font-medium text-white shadow-lg"
            : "sr-only"
        }
      >
        {notice ? "Preview only — links and buttons are off here." : ""}
      </p>
    </div>
  );

  return (
    <section aria-label="Live preview" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1.5">
          <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
            Screen
          </label>
          <select
            id={selectId}
            value={screen}
            onChange={(event) => setScreen(event.target.value as PreviewScreen)}
            className="h-9 min-w-52 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs outline-none hover:border-slate-400 focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40"
          >
            {chrome.screenOptions}
          </select>
        </div>
        <fieldset className="inline-flex rounded-lg bg-slate-100 p-0.5">
          <legend className="sr-only">Device</legend>
          {(["desktop", "phone"] as const).map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={device === d}
              onClick={() => setDevice(d)}
              className={cx(
                "inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium outline-none transition-colors focus-visible:ring-2 focus-visible:ring-brand-500",
                device === d
                  ? "bg-white text-slate-900 shadow-xs"
                  : "text-slate-600 hover:text-slate-900",
              )}
            >
              {chrome.deviceIcons[d]}
              {d === "desktop" ? "Desktop" : "Phone"}
            </button>
          ))}
        </fieldset>
      </div>

      {chrome.note}

      <div className="rounded-xl bg-slate-100 p-3 ring-1 ring-slate-200 ring-inset">
        {/* The stage is as wide as the pane and, for the phone, as tall as the window leaves
            room for (the pane sticks below the top); the scaled frame keeps its layout box at
            the scaled size. */}
        <div
          ref={stage}
          className={device === "phone" ? "h-[max(22rem,calc(100dvh-13rem))]" : undefined}
        >
          <div
            className="mx-auto"
            style={{ width: Math.round(outer * scale), height: Math.round(outerHeight * scale) }}
          >
            <div
              style={{ transform: `scale(${scale})`, transformOrigin: "top left", width: outer }}
            >
              {device === "desktop" ? (
                <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-300">
                  <BrowserBar path={chrome.screenPaths[screen]} />
                  {iframe}
                </div>
              ) : (
                <div
                  className="overflow-hidden rounded-[2.75rem] bg-slate-900 shadow-md"
                  style={{ padding: BEZEL }}
                >
                  <div className="overflow-hidden rounded-[2.1rem]">{iframe}</div>
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}

function BrowserBar({ path }: { path: string }) {
  return (
    <div
      aria-hidden="true"
      className="flex items-center gap-4 border-b border-slate-200 bg-slate-100 px-5"
      style={{ height: BAR }}
    >
      <span className="flex gap-2">
        <span className="size-3.5 rounded-full bg-red-300" />
        <span className="size-3.5 rounded-full bg-amber-300" />
        <span className="size-3.5 rounded-full bg-emerald-300" />
      </span>
      <span
        data-testid="preview-address"
        className="mx-auto w-3/5 truncate rounded-md bg-white px-4 text-center text-lg leading-8 text-slate-500"
      >
        {path}
      </span>
    </div>
  );
}

function previewUrl(
  screen: PreviewScreen,
  { settings, branding }: { settings: PreviewSettings; branding: PreviewBranding },
): string {
  return `/preview/${screen}?settings=${encodeSettings(settings)}&branding=${encodeBranding(branding)}`;
}
