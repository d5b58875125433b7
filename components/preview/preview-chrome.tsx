// The live preview's fixed parts, drawn on the server: the screen picker's options, the device
// glyphs and the "nothing is saved" line. The console pages hand them, through the client
// editor that holds the settings, to PreviewPane, whose bundle then carries no screen list and
// no glyphs.
import { SCREEN_GROUPS, SCREEN_PATHS } from "@/lib/preview/screens";
import { DesktopIcon, InfoIcon, PhoneIcon } from "./icons";
import type { PreviewChrome } from "./PreviewPane";

export function previewChrome(): PreviewChrome {
  return {
    screenOptions: SCREEN_GROUPS.map((group) => (
      <optgroup key={group.label} label={group.label}>
        {group.screens.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </optgroup>
    )),
    screenPaths: SCREEN_PATHS,
    deviceIcons: {
      desktop: <DesktopIcon className="size-4" />,
      phone: <PhoneIcon className="size-4" />,
    },
    note: (
      <p className="flex items-center gap-1.5 text-xs text-slate-500">
        <InfoIcon className="size-4 shrink-0" />
        Preview — nothing you do here is saved
      </p>
    ),
  };
}
