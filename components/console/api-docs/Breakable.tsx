import { Fragment } from "react";

/**
 * Long identifiers (`sentinelPolicy.lockoutDuration`, `/api/users/{userId}/…`) may wrap after a
 * dot, underscore or slash instead of mid-word when their column is narrow.
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[._/])/);
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string never reorder
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
}
