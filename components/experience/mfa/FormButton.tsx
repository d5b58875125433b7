"use client";
// A submit button of any look that shows progress while its form's server action runs.
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "../../ui/Button";

export function FormButton({
  variant = "primary",
  size = "lg",
  fullWidth = true,
  ...rest
}: ButtonProps) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      size={size}
      fullWidth={fullWidth}
      loading={pending}
      {...rest}
    />
  );
}
