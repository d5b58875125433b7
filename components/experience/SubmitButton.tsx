"use client";
// A form's submit button that shows progress while its server action runs.
import { useFormStatus } from "react-dom";
import { Button } from "../ui/Button";

export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="primary" size="lg" fullWidth loading={pending}>
      {children}
    </Button>
  );
}
