// The one wrapper around every server action: the action runs only when the request's Origin is
// exactly the public URL's (lib/http/origin.ts), the same rule route handlers apply. Every export
// of a "use server" file is built with serverAction(); tests/http/server-actions.test.ts walks
// app/ and fails on one that is not.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/core/errors";
import { assertAllowedOrigin } from "./origin";

/** Where a refused action without form state sends the browser. */
export const REFUSED_PAGE = "/request-refused";

// biome-ignore lint/complexity/noBannedTypes: identity of any function, whatever its signature.
const guarded = new WeakSet<Function>();

/** True for actions built by serverAction(). */
export function isGuardedAction(value: unknown): boolean {
  return typeof value === "function" && guarded.has(value);
}

/**
 * Wraps a server action. `refused` gives the form state a refused request answers with (for
 * useActionState forms, so they show the error; it gets the action's arguments to refill the
 * form); without it the browser goes to REFUSED_PAGE.
 * A refused request never runs the action; an AppError the action throws is answered the same
 * way (the refused page says the form sent what this site's pages never send).
 */
export function serverAction<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
  refused?: (error: AppError, ...args: A) => R,
): (...args: A) => Promise<R> {
  const action = async (...args: A): Promise<R> => {
    /** The form's own error state, or the refused page; an error that is not ours goes on. */
    const refuse = (error: unknown, page: string): R => {
      if (!(error instanceof AppError)) throw error;
      if (refused) return refused(error, ...args);
      redirect(page);
    };
    try {
      assertAllowedOrigin((await headers()).get("origin"));
    } catch (error) {
      return refuse(error, REFUSED_PAGE);
    }
    try {
      return await run(...args);
    } catch (error) {
      // An AppError the action left to its caller (a form's field refused by its schema, a NUL
      // byte, say) is answered the same way, never with Next's error page.
      return refuse(error, `${REFUSED_PAGE}?reason=input`);
    }
  };
  guarded.add(action);
  return action;
}
