// Reading list pages' query strings.
export type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * The parameter's first value, cut to 200 characters and without NUL bytes (no search or id
 * holds one, and PostgreSQL would refuse the query that carried it).
 */
export function param(params: Record<string, string | string[] | undefined>, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 200).replaceAll("\u0000", "") ?? "";
}

export function pageNumber(params: Record<string, string | string[] | undefined>): number {
  const page = Number.parseInt(param(params, "page"), 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}
