"use client";
// The account pages' tabs; the current one follows the URL.
import { usePathname } from "next/navigation";
import { TabLinks } from "../ui/TabLinks";

const TABS = [
  { key: "/account", label: "Account", href: "/account" },
  { key: "/account/security", label: "Security", href: "/account/security" },
];

export function AccountTabs() {
  return (
    <TabLinks
      label="Account"
      tabs={TABS}
      current={usePathname()}
      className="mx-auto max-w-3xl px-4 sm:px-6"
    />
  );
}
