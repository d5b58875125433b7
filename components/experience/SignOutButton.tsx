// A sign-out control that is a real form, so it works without JavaScript.
import { Button, type ButtonProps } from "../ui/Button";

export type SignOutButtonProps = {
  action: () => Promise<void>;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
};

export function SignOutButton({ action, variant = "secondary", size = "sm" }: SignOutButtonProps) {
  return (
    <form action={action}>
      <Button type="submit" variant={variant} size={size}>
        Sign out
      </Button>
    </form>
  );
}
