// The MFA pages' glyphs (components/ui/outline-icons), at 24px, and the tile they sit in.
import type { FactorType } from "@/lib/mfa/factor-types";
import { cx } from "../../ui/cx";
import { FactorGlyph, OutlineIcon, type OutlineIconName } from "../../ui/outline-icons";

type IconProps = { className?: string };

// The MFA pages draw their glyphs at 24px unless told otherwise.
const Glyph = ({ name, className }: IconProps & { name: OutlineIconName }) => (
  <OutlineIcon name={name} className={className ?? "size-6"} />
);

export const PhoneIcon = ({ className }: IconProps) => <Glyph name="phone" className={className} />;
export const FingerprintIcon = ({ className }: IconProps) => (
  <Glyph name="fingerprint" className={className} />
);
export const KeyIcon = ({ className }: IconProps) => <Glyph name="key" className={className} />;
export const ShieldIcon = ({ className }: IconProps) => (
  <Glyph name="shield" className={className} />
);
export const LockIcon = ({ className }: IconProps) => <Glyph name="lock" className={className} />;
export const ChevronRightIcon = ({ className }: IconProps) => (
  <Glyph name="chevronRight" className={className} />
);
export const CopyIcon = ({ className }: IconProps) => <Glyph name="copy" className={className} />;
export const CheckIcon = ({ className }: IconProps) => <Glyph name="check" className={className} />;
export const DownloadIcon = ({ className }: IconProps) => (
  <Glyph name="download" className={className} />
);
export const CodesIcon = ({ className }: IconProps) => <Glyph name="codes" className={className} />;
export const ClockIcon = ({ className }: IconProps) => <Glyph name="clock" className={className} />;

/** The glyph that stands for a factor type everywhere on the MFA pages. */
export function FactorIcon({ type, className }: IconProps & { type: FactorType }) {
  return <FactorGlyph type={type} className={className ?? "size-6"} />;
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
