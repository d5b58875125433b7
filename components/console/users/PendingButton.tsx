"use client";
// A submit button that shows progress while its form's server action runs.
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "../../ui/Button";

export function PendingButton(props: Omit<ButtonProps, "type" | "loading">) {
  const { pending } = useFormStatus();
  return <Button {...props} type="submit" loading={pending} />;
}
