// The preview pane's control glyphs, from the shared outline set (components/ui/outline-icons).
import { OutlineIcon } from "../ui/outline-icons";

type IconProps = { className?: string };

export const DesktopIcon = ({ className }: IconProps) => (
  <OutlineIcon name="desktop" className={className} />
);
export const PhoneIcon = ({ className }: IconProps) => (
  <OutlineIcon name="phone" className={className} />
);
export const EyeSlashIcon = ({ className }: IconProps) => (
  <OutlineIcon name="eyeSlash" className={className} />
);
export const InfoIcon = ({ className }: IconProps) => (
  <OutlineIcon name="info" className={className} />
);
