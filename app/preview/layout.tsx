import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./preview.css";

// Sample screens for the console's live preview: never in search results. The app's global
// headers (next.config.ts) already limit framing to our own origin.
export const metadata: Metadata = {
  title: "Preview · Twofold",
  robots: { index: false, follow: false },
};

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return children;
}
