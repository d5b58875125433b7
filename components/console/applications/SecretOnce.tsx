// The one time a client secret is shown: copy it now.
import { Alert } from "../../ui/Alert";
import { CopyValue } from "./CopyValue";

export function SecretOnce({ secret, title }: { secret: string; title: string }) {
  return (
    <Alert tone="success" title={title}>
      <p className="mt-1 text-sm">Copy the client secret now: it is shown only once.</p>
      <div className="mt-2">
        <CopyValue value={secret} label="Client secret" />
      </div>
    </Alert>
  );
}
