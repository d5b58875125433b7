// The MFA pages' glyphs (components/ui/outline-icons), at 24px.
import type { FactorType } from "@/lib/mfa/factor-types";
import { FactorGlyph, OutlineIcon, type OutlineIconName } from "../../ui/outline-icons";

// What the client components draw lives apart, so they do not ship the whole set.
export { ChevronRightIcon, FingerprintIcon, IconTile } from "./client-icons";

type IconProps = { className?: string };

// The MFA pages draw their glyphs at 24px unless told otherwise.
const Glyph = ({ name, className }: IconProps & { name: OutlineIconName }) => (
  <OutlineIcon name={name} className={className ?? "size-6"} />
);

export const PhoneIcon = ({ className }: IconProps) => <Glyph name="phone" className={className} />;
export const KeyIcon = ({ className }: IconProps) => <Glyph name="key" className={className} />;
export const ShieldIcon = ({ className }: IconProps) => (
  <Glyph name="shield" className={className} />
);
export const LockIcon = ({ className }: IconProps) => <Glyph name="lock" className={className} />;
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
