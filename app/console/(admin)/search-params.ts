// Reading list pages' query strings.
export type Search = Promise<Record<string, string | string[] | undefined>>;

export function param(params: Record<string, string | string[] | undefined>, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 200) ?? "";
}

export function pageNumber(params: Record<string, string | string[] | undefined>): number {
  const page = Number.parseInt(param(params, "page"), 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}
