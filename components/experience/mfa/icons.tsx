// Outline glyphs (24px, Heroicons-style) for the MFA pages: one per factor, plus a few actions.
import type { FactorType } from "@/lib/mfa/factor-types";
import { cx } from "../../ui/cx";

type IconProps = { className?: string };

function Outline({ d, className }: { d: string; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={cx("shrink-0", className ?? "size-6")}
    >
      <path d={d} />
    </svg>
  );
}

const PATHS = {
  phone:
    "M10.5 1.5H8.25A2.25 2.25 0 0 0 6 3.75v16.5a2.25 2.25 0 0 0 2.25 2.25h7.5A2.25 2.25 0 0 0 18 20.25V3.75a2.25 2.25 0 0 0-2.25-2.25H13.5m-3 0V3h3V1.5m-3 0h3m-3 18.75h3",
  fingerprint:
    "M7.864 4.243A7.5 7.5 0 0 1 19.5 10.5c0 2.92-.556 5.709-1.568 8.268M5.742 6.364A7.465 7.465 0 0 0 4.5 10.5a7.464 7.464 0 0 1-1.15 3.993m1.989 3.559A11.209 11.209 0 0 0 8.25 10.5a3.75 3.75 0 1 1 7.5 0c0 .527-.021 1.049-.064 1.565M12 10.5a14.94 14.94 0 0 1-3.6 9.75m6.633-4.596a18.666 18.666 0 0 1-2.485 5.33",
  key: "M15.75 5.25a3 3 0 0 1 3 3m3 0a6 6 0 0 1-7.029 5.912c-.563-.097-1.159.026-1.563.43L10.5 17.25H8.25v2.25H6v2.25H2.25v-2.818c0-.597.237-1.17.659-1.591l6.499-6.499c.404-.404.527-1 .43-1.563A6 6 0 1 1 21.75 8.25Z",
  shield:
    "M9 12.75 11.25 15 15 9.75m-3-7.036A11.959 11.959 0 0 1 3.598 6 11.99 11.99 0 0 0 3 9.749c0 5.592 3.824 10.29 9 11.623 5.176-1.332 9-6.03 9-11.622 0-1.31-.21-2.571-.598-3.751h-.152c-3.196 0-6.1-1.248-8.25-3.285Z",
  lock: "M16.5 10.5V6.75a4.5 4.5 0 1 0-9 0v3.75m-.75 11.25h10.5a2.25 2.25 0 0 0 2.25-2.25v-6.75a2.25 2.25 0 0 0-2.25-2.25H6.75a2.25 2.25 0 0 0-2.25 2.25v6.75a2.25 2.25 0 0 0 2.25 2.25Z",
  chevronRight: "m8.25 4.5 7.5 7.5-7.5 7.5",
  copy: "M15.75 17.25v3.375c0 .621-.504 1.125-1.125 1.125h-9.75a1.125 1.125 0 0 1-1.125-1.125V7.875c0-.621.504-1.125 1.125-1.125H6.75a9.06 9.06 0 0 1 1.5.124m7.5 10.376h3.375c.621 0 1.125-.504 1.125-1.125V11.25c0-4.46-3.243-8.161-7.5-8.876a9.06 9.06 0 0 0-1.5-.124H9.375c-.621 0-1.125.504-1.125 1.125v3.5m7.5 10.375H9.375a1.125 1.125 0 0 1-1.125-1.125v-9.25m12 6.625v-1.875a3.375 3.375 0 0 0-3.375-3.375h-1.5a1.125 1.125 0 0 1-1.125-1.125v-1.5a3.375 3.375 0 0 0-3.375-3.375H9.75",
  check: "m4.5 12.75 6 6 9-13.5",
  download:
    "M3 16.5v2.25A2.25 2.25 0 0 0 5.25 21h13.5A2.25 2.25 0 0 0 21 18.75V16.5M16.5 12 12 16.5m0 0L7.5 12m4.5 4.5V3",
  codes:
    "M19.5 14.25v-2.625a3.375 3.375 0 0 0-3.375-3.375h-1.5A1.125 1.125 0 0 1 13.5 7.125v-1.5a3.375 3.375 0 0 0-3.375-3.375H8.25m0 12.75h7.5m-7.5 3H12M10.5 2.25H5.625c-.621 0-1.125.504-1.125 1.125v17.25c0 .621.504 1.125 1.125 1.125h12.75c.621 0 1.125-.504 1.125-1.125V11.25a9 9 0 0 0-9-9Z",
  clock: "M12 6v6h4.5m4.5 0a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z",
  arrowLeft: "M10.5 19.5 3 12m0 0 7.5-7.5M3 12h18",
} as const;

export const PhoneIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.phone} className={className} />
);
export const FingerprintIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.fingerprint} className={className} />
);
export const KeyIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.key} className={className} />
);
export const ShieldIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.shield} className={className} />
);
export const LockIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.lock} className={className} />
);
export const ChevronRightIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.chevronRight} className={className} />
);
export const CopyIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.copy} className={className} />
);
export const CheckIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.check} className={className} />
);
export const DownloadIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.download} className={className} />
);
export const CodesIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.codes} className={className} />
);
export const ClockIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.clock} className={className} />
);
export const ArrowLeftIcon = ({ className }: IconProps) => (
  <Outline d={PATHS.arrowLeft} className={className} />
);

/** The glyph that stands for a factor type everywhere on the MFA pages. */
export function FactorIcon({ type, className }: IconProps & { type: FactorType }) {
  if (type === "Totp") return <PhoneIcon className={className} />;
  if (type === "WebAuthn") return <FingerprintIcon className={className} />;
  return <CodesIcon className={className} />;
}

/** A soft brand tile around a 24px glyph, as on the console's empty states. */
export function IconTile({
  children,
  tone = "brand",
  className,
}: {
  children: React.ReactNode;
  tone?: "brand" | "amber" | "emerald";
  className?: string;
}) {
  const tones = {
    brand: "bg-brand-50 text-brand-600 ring-brand-100",
    amber: "bg-amber-50 text-amber-600 ring-amber-100",
    emerald: "bg-emerald-50 text-emerald-600 ring-emerald-100",
  };
  return (
    <span
      aria-hidden="true"
      className={cx(
        "flex size-10 shrink-0 items-center justify-center rounded-xl ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
