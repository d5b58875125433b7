// The colour schemes a hosted page can wear, as plain data for client code; DarkModeSchema
// (schemas.ts) is built from this list.
export const DARK_MODES = ["auto", "light", "dark"] as const;
