// Checks an app's redirect URIs against its type; refusals name the failing paths like every
// other guard.invalid_input.
import { AppError } from "@/lib/core/errors";
import { redirectUriProblem } from "./redirect-uris";
import type { ApplicationType } from "./types";

type Uris = { redirectUris?: string[]; postLogoutRedirectUris?: string[] };

/** Throws guard.invalid_input with one issue per refused URI. */
export function assertRedirectUris(type: ApplicationType, uris: Uris) {
  const issues = (["redirectUris", "postLogoutRedirectUris"] as const).flatMap((key) =>
    (uris[key] ?? []).flatMap((uri, index) => {
      const problem = redirectUriProblem(uri, type);
      return problem ? [{ path: `oidcClientMetadata.${key}.${index}`, message: problem }] : [];
    }),
  );
  if (issues.length) throw new AppError("guard.invalid_input", { issues });
}
