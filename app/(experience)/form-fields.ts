// Reading text fields from a submitted form, bounded in length.
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1024) : "";
}
