// Small shared glyphs (20px solid, Heroicons-style paths) so tones look consistent everywhere.
// Client components import ErrorIcon and SuccessIcon from status-icons, which holds only those.
import { ErrorIcon, Glyph, type IconProps, SuccessIcon } from "./status-icons";

export { ErrorIcon, SuccessIcon };

const PATHS = {
  info: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.253a.25.25 0 0 1 .244.304l-.459 2.066A1.75 1.75 0 0 0 10.747 15H11a.75.75 0 0 0 0-1.5h-.253a.25.25 0 0 1-.244-.304l.459-2.066A1.75 1.75 0 0 0 9.253 9H9Z",
  warning:
    "M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
};

export const InfoIcon = (props: IconProps) => <Glyph {...props} d={PATHS.info} />;
export const WarningIcon = (props: IconProps) => <Glyph {...props} d={PATHS.warning} />;
