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

/**
 * The submit button beside Cancel, for forms inside a dialog: side by side with the action on the
 * right, stacked full-width on a phone.
 */
export function SubmitWithCancel({
  children,
  onCancel,
}: {
  children: React.ReactNode;
  onCancel: () => void;
}) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button variant="secondary" size="md" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" variant="primary" size="md" loading={pending}>
        {children}
      </Button>
    </div>
  );
}
