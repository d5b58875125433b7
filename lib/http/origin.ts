// The one Origin rule for cookie-borne writes, shared by route handlers and server actions:
// neither has CSRF protection of its own (Next compares only the host for actions), so a write
// must carry exactly the public URL's origin. A missing Origin is refused too.
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";

/** Throws request.origin_not_allowed unless the Origin header equals the public URL's origin. */
export function assertAllowedOrigin(origin: string | null): void {
  if (origin !== getConfig().origin) {
    throw new AppError("request.origin_not_allowed", { origin });
  }
}
