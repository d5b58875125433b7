// CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, quote or line break quoted,
// quotes doubled), with spreadsheet formula injection neutralised: a cell that a spreadsheet
// would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe (OWASP).

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
