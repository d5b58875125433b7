"use server";
// The user details page's remembered-device form: forget one device with the admin as actor,
// then back to the page with a notice.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { formInput, formText } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { revokeTrustedDevice } from "@/lib/trusted-devices/revoke-devices";

const DeviceForm = z.object({ userId: formText(256), deviceId: formText(256) });

export const removeTrustedDeviceAction = serverAction(async (form: FormData): Promise<void> => {
  const admin = await requireAdmin("/console/users");
  const { userId, deviceId } = formInput(DeviceForm, form);
  let notice = "device-removed";
  try {
    await revokeTrustedDevice({
      userId,
      deviceId,
      actor: { type: "admin", id: admin.id },
      meta: await actionMeta(),
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "entity.not_found")) throw error;
    notice = "device-missing";
  }
  redirect(`/console/users/${encodeURIComponent(userId)}?notice=${notice}#devices`);
});
