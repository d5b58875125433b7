// The hosted pages' card (AuthFrame) with the mark of the branding they are drawn in.
import { BrandMark } from "../branding/BrandMark";
import { AuthFrame, type AuthFrameProps } from "./AuthFrame";

export type AuthShellProps = Omit<AuthFrameProps, "mark">;

export function AuthShell(props: AuthShellProps) {
  return <AuthFrame mark={<BrandMark size="md" />} {...props} />;
}
