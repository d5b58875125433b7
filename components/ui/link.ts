/**
 * Inline text-link look (for `<Link>` or `<a>`): brand colour that passes AA on white and
 * slate-50, underline on hover, and a rounded focus ring instead of the square default outline.
 */
export const linkClasses =
  "rounded-sm font-medium text-brand-700 underline-offset-4 outline-none hover:text-brand-800 " +
  "hover:underline focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2";
