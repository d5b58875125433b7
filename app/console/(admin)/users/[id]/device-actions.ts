"use server";
// The user details page's remembered-device form: forget one device with the admin as actor,
// then back to the page with a notice.
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { serverAction } from "@/lib/http/server-action";
import { revokeTrustedDevice } from "@/lib/trusted-devices/revoke-devices";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 256) : "";
};

export const removeTrustedDeviceAction = serverAction(async (form: FormData): Promise<void> => {
  const admin = await requireAdmin("/console/users");
  const userId = field(form, "userId");
  let notice = "device-removed";
  try {
    await revokeTrustedDevice({
      userId,
      deviceId: field(form, "deviceId"),
      actor: { type: "admin", id: admin.id },
      meta: await actionMeta(),
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "entity.not_found")) throw error;
    notice = "device-missing";
  }
  redirect(`/console/users/${encodeURIComponent(userId)}?notice=${notice}#devices`);
});
