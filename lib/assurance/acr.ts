// Authentication levels: which `acr` a set of RFC 8176 `amr` values reaches, and which level an
// authorization request asks for. Pure and below both the sign-in flow and the provider, so the
// two agree.

export const ACR = {
  pwd: "urn:twofold:acr:pwd",
  mfa: "urn:twofold:acr:mfa",
  phr: "urn:twofold:acr:phr",
} as const;

export type Level = keyof typeof ACR;

/** The scopes the provider knows; the interaction grants only these. */
export const OIDC_SCOPES = ["openid", "offline_access", "profile", "email"] as const;
export const ACR_VALUES: string[] = Object.values(ACR);

const RANK: Record<Level, number> = { pwd: 1, mfa: 2, phr: 3 };

function levelOfAcr(acr: string | undefined): Level | undefined {
  return (Object.keys(ACR) as Level[]).find((level) => ACR[level] === acr);
}

/** The highest level the amr values reach: a verified passkey is phishing-resistant. */
export function levelOf(amr: readonly string[]): Level {
  if (amr.includes("user") || amr.includes("hwk") || amr.includes("swk")) return "phr";
  return amr.includes("mfa") ? "mfa" : "pwd";
}

export const acrOf = (amr: readonly string[]) => ACR[levelOf(amr)];

/** True when `acr` (a session's) reaches `level`. */
export function meets(acr: string | undefined, level: Level | undefined): boolean {
  if (!level) return true;
  const have = levelOfAcr(acr);
  return have !== undefined && RANK[have] >= RANK[level];
}

/**
 * The level a request needs: `acr_values` count only when every value asks for mfa or higher
 * (the lowest of them); an app that requires MFA always needs at least mfa.
 */
export function requiredLevel(
  acrValues: string | undefined,
  requireMfa: boolean,
): "mfa" | "phr" | undefined {
  const asked = (acrValues ?? "").split(" ").filter(Boolean).map(levelOfAcr);
  let level: "mfa" | "phr" | undefined;
  if (asked.length > 0 && asked.every((l) => l === "mfa" || l === "phr")) {
    level = asked.includes("mfa") ? "mfa" : "phr";
  }
  return requireMfa && !level ? "mfa" : level;
}

/** Session amr as stored (JSON), defaulting to a password sign-in for older sessions. */
export function parseAmr(stored: string | null | undefined): string[] {
  if (!stored) return ["pwd"];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : ["pwd"];
  } catch {
    return ["pwd"];
  }
}
