// The preview's own glyphs, drawn with components/ui/outline-svg: the frame draws
// EyeSlashIcon, and the whole outline set would ride along in its first-load JavaScript.
import { DESKTOP_PATH, EYE_SLASH_PATH, INFO_PATH, PHONE_PATH } from "../ui/outline-paths";
import { OutlineSvg } from "../ui/outline-svg";

type IconProps = { className?: string };

export const DesktopIcon = ({ className }: IconProps) => (
  <OutlineSvg paths={[DESKTOP_PATH]} className={className} />
);
export const PhoneIcon = ({ className }: IconProps) => (
  <OutlineSvg paths={[PHONE_PATH]} className={className} />
);
export const EyeSlashIcon = ({ className }: IconProps) => (
  <OutlineSvg paths={[EYE_SLASH_PATH]} className={className} />
);
export const InfoIcon = ({ className }: IconProps) => (
  <OutlineSvg paths={[INFO_PATH]} className={className} />
);
