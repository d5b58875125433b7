import { Alert } from "../ui/Alert";

export interface FormErrorProps {
  message?: string;
  title?: string;
  className?: string;
}

/**
 * Form-level error summary (wrong password, locked out, expired flow). The live region stays
 * mounted (visually hidden) while empty so a message that appears later is announced.
 */
export function FormError({ message, title, className }: FormErrorProps) {
  return (
    <div
      role="alert"
      aria-live="assertive"
      aria-atomic="true"
      className={message ? className : "sr-only"}
    >
      {message ? (
        <Alert tone="error" title={title} role="none">
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
