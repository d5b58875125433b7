import type { ReactNode } from "react";

export const metadata = { title: "My app · signs in with Twofold" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "48px auto" }}>
        {children}
      </body>
    </html>
  );
}
