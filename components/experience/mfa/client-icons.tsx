// The MFA glyphs that client components draw (the passkey buttons' fingerprint, an option row's
// chevron and tile), apart from icons.tsx: that one reads the whole outline set and the factor
// registry, which would otherwise ride along in every hosted page's first-load JavaScript.
import { cx } from "../../ui/cx";
import { CHEVRON_RIGHT_PATH, FINGERPRINT_PATH, OutlineSvg } from "../../ui/outline-svg";

type IconProps = { className?: string };

export const FingerprintIcon = ({ className }: IconProps) => (
  <OutlineSvg paths={[FINGERPRINT_PATH]} className={className ?? "size-6"} />
);
export const ChevronRightIcon = ({ className }: IconProps) => (
  <OutlineSvg paths={[CHEVRON_RIGHT_PATH]} className={className ?? "size-6"} />
);

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
