"use client";
// Remembered devices on the account page: the browsers that skip the second factor for this
// user, each removable, and Remove all. Removing only takes a shortcut away (the next sign-in
// there asks for the second factor again), so it needs no re-verification.
import { useState } from "react";
import type { z } from "zod";
import type { TrustedDeviceView } from "@/lib/api/schemas";
import { FormError } from "../experience/FormError";
import { errorText } from "../experience/mfa/errors";
import { errorInfo, sendJson } from "../experience/mfa/flow-api";
import { IconTile } from "../experience/mfa/icons";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { Card } from "../ui/Card";
import { OutlineIcon } from "../ui/outline-icons";
import { ConfirmDialog } from "./ConfirmDialog";
import { formatDay } from "./format";

export type TrustedDevice = z.output<typeof TrustedDeviceView>;

const BASE = "/api/my-account/trusted-devices";

export function deviceDates(d: TrustedDevice): string {
  const used = formatDay(d.lastUsedAt);
  return [
    `Remembered ${formatDay(d.createdAt)}`,
    used ? `last used ${used}` : null,
    `until ${formatDay(d.expiresAt)}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function TrustedDevicesSection({ initial }: { initial: TrustedDevice[] }) {
  const [devices, setDevices] = useState(initial);
  const [confirming, setConfirming] = useState<TrustedDevice | "all">();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();

  async function remove() {
    const target = confirming;
    setConfirming(undefined);
    if (!target) return;
    setBusy(true);
    setError(undefined);
    try {
      await sendJson<void>(
        "DELETE",
        target === "all" ? BASE : `${BASE}/${encodeURIComponent(target.id)}`,
      );
      setDevices(await sendJson<TrustedDevice[]>("GET", BASE));
      setMessage(
        target === "all" ? "Every remembered device removed." : `“${target.label}” removed.`,
      );
    } catch (cause) {
      setError(errorText(errorInfo(cause)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card padding="none" role="region" aria-labelledby="trusted-devices-heading">
      <div className="flex flex-col gap-4 p-5 sm:flex-row sm:items-start sm:p-6">
        <div className="flex min-w-0 flex-1 gap-4">
          <IconTile>
            <OutlineIcon name="desktop" className="size-5" />
          </IconTile>
          <div className="min-w-0 space-y-1">
            <h2 id="trusted-devices-heading" className="text-base font-semibold text-slate-900">
              Remembered devices
            </h2>
            <p className="text-sm leading-relaxed text-slate-600">
              Browsers where you chose “Don't ask again on this device”. They skip your second step
              until they expire. Remove one you no longer use or don't recognise.
            </p>
          </div>
        </div>
        {devices.length > 1 ? (
          <div data-needs-js className="flex shrink-0 gap-2 pl-14 sm:justify-end sm:pl-0">
            <Button
              variant="secondary"
              size="sm"
              loading={busy}
              onClick={() => setConfirming("all")}
            >
              Remove all
            </Button>
          </div>
        ) : null}
      </div>
      {/* Stays mounted so a message that appears later is announced; padded only when shown. */}
      <div
        aria-live="polite"
        className={
          error || message || devices.length === 0
            ? "space-y-3 border-t border-slate-100 px-5 py-4 sm:px-6"
            : undefined
        }
      >
        {error ? <FormError message={error} /> : null}
        {message ? (
          <Alert tone="success" role="none">
            {message}
          </Alert>
        ) : null}
        {devices.length === 0 ? (
          <p className="text-sm text-slate-500">No remembered devices.</p>
        ) : null}
      </div>
      {devices.length > 0 ? (
        <ul
          aria-label="Your remembered devices"
          className="divide-y divide-slate-100 border-t border-slate-100"
        >
          {devices.map((d) => (
            <li
              key={d.id}
              className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6"
            >
              <div className="min-w-0">
                <p className="truncate text-sm font-medium text-slate-900">
                  {d.label}
                  {d.ip ? <span className="font-normal text-slate-500"> · {d.ip}</span> : null}
                </p>
                <p className="text-sm text-slate-500">{deviceDates(d)}</p>
              </div>
              <div data-needs-js className="flex shrink-0 gap-2">
                <Button
                  variant="ghost"
                  size="sm"
                  className="text-red-700! hover:bg-red-50"
                  onClick={() => setConfirming(d)}
                  aria-label={`Remove ${d.label}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={
            confirming === "all"
              ? "Remove every remembered device?"
              : `Remove “${confirming.label}”?`
          }
          confirmLabel={confirming === "all" ? "Remove all" : "Remove device"}
          onConfirm={remove}
          onCancel={() => setConfirming(undefined)}
        >
          {confirming === "all"
            ? "Each of these browsers will ask for your second step again at its next sign-in."
            : "That browser will ask for your second step again at its next sign-in."}
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
