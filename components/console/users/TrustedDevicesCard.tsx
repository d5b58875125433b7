// A user's remembered devices on their details page: browsers that skip the second factor for
// this user. Each row's Remove is a plain form, so it works without JavaScript.
import type { ReactNode } from "react";
import type { TrustedDeviceView } from "@/lib/trusted-devices/list-devices";
import { Card, CardHeader } from "../../ui/Card";
import type { FormAction } from "./ConfirmPanel";
import { plural } from "./factor-copy";
import { Icon } from "./icons";
import { PendingButton } from "./PendingButton";
import { Time } from "./Time";

export interface TrustedDevicesCardProps {
  userId: string;
  devices: TrustedDeviceView[];
  notice?: ReactNode;
  removeDevice: FormAction;
}

export function TrustedDevicesCard({
  userId,
  devices,
  notice,
  removeDevice,
}: TrustedDevicesCardProps) {
  return (
    <Card padding="none" id="devices" className="scroll-mt-24">
      <div className="space-y-4 p-5 sm:p-6">
        <CardHeader
          title="Remembered devices"
          description={
            devices.length === 0
              ? "Browsers where this user chose “Don't ask again on this device”."
              : `${plural(devices.length, "browser")} ${devices.length === 1 ? "skips" : "skip"} the second factor for this user until they expire. Apps that ask for MFA still get it.`
          }
        />
        {notice}
      </div>
      <div className="border-t border-slate-200">
        {devices.length === 0 ? (
          <p className="px-6 py-8 text-center text-sm text-slate-600">No remembered devices.</p>
        ) : (
          <ul aria-label="Remembered devices" className="divide-y divide-slate-100">
            {devices.map((device) => (
              <li
                key={device.id}
                className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6"
              >
                <div className="flex min-w-0 items-start gap-3">
                  <Icon
                    name={/iPhone|iPad|Android/.test(device.label) ? "phone" : "desktop"}
                    className="mt-0.5 size-5 text-slate-400"
                  />
                  <div className="min-w-0 text-sm">
                    <div className="text-slate-900">
                      {device.label}
                      <span className="ml-2 font-mono text-xs text-slate-500">
                        {device.ip ?? "Unknown IP"}
                      </span>
                    </div>
                    <div className="text-slate-500">
                      Remembered <Time date={device.createdAt} as="relative" /> · last used{" "}
                      {device.lastUsedAt ? (
                        <Time date={device.lastUsedAt} as="relative" />
                      ) : (
                        "never"
                      )}{" "}
                      · expires <Time date={device.expiresAt} as="relative" />
                    </div>
                  </div>
                </div>
                <form action={removeDevice} className="shrink-0 pl-8 sm:pl-0">
                  <input type="hidden" name="userId" value={userId} />
                  <input type="hidden" name="deviceId" value={device.id} />
                  <PendingButton
                    variant="ghost"
                    size="sm"
                    className="text-red-700! hover:bg-red-50"
                    aria-label={`Remove ${device.label}`}
                  >
                    Remove
                  </PendingButton>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
