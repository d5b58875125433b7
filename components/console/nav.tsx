// The console's sections, shared by the desktop sidebar and the phone nav so they cannot drift.
import type { ReactNode } from "react";

export type ConsoleSection =
  | "overview"
  | "sign-in-experience"
  | "users"
  | "applications"
  | "audit-log"
  | "api-keys"
  | "api-docs";

export interface ConsoleNavItem {
  key: ConsoleSection;
  label: string;
  href: string;
  icon: ReactNode;
}

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="size-5 shrink-0"
    >
      {children}
    </svg>
  );
}

export const consoleNav: readonly ConsoleNavItem[] = [
  {
    key: "overview",
    label: "Overview",
    href: "/console",
    icon: (
      <Icon>
        <rect x="3.75" y="3.75" width="6.75" height="6.75" rx="1.5" />
        <rect x="13.5" y="3.75" width="6.75" height="6.75" rx="1.5" />
        <rect x="3.75" y="13.5" width="6.75" height="6.75" rx="1.5" />
        <rect x="13.5" y="13.5" width="6.75" height="6.75" rx="1.5" />
      </Icon>
    ),
  },
  {
    key: "sign-in-experience",
    label: "Sign-in experience",
    href: "/console/sign-in-experience",
    icon: (
      <Icon>
        <path d="M12 3 4.5 6v5.5c0 4.6 3.2 8 7.5 9.5 4.3-1.5 7.5-4.9 7.5-9.5V6L12 3Z" />
        <path d="m9 12 2.2 2.2L15.5 10" />
      </Icon>
    ),
  },
  {
    key: "users",
    label: "Users",
    href: "/console/users",
    icon: (
      <Icon>
        <circle cx="9" cy="8" r="3.25" />
        <path d="M3.5 19.5c0-3 2.46-5.25 5.5-5.25s5.5 2.25 5.5 5.25" />
        <path d="M15.5 4.9a3.25 3.25 0 0 1 0 6.2" />
        <path d="M17.5 14.6c1.8.7 3 2.5 3 4.9" />
      </Icon>
    ),
  },
  {
    key: "applications",
    label: "Applications",
    href: "/console/applications",
    icon: (
      <Icon>
        <rect x="3.75" y="4.75" width="16.5" height="14.5" rx="2.25" />
        <path d="M3.75 9h16.5M7 6.9h.01M9.5 6.9h.01" />
      </Icon>
    ),
  },
  {
    key: "audit-log",
    label: "Audit log",
    href: "/console/audit-log",
    icon: (
      <Icon>
        <rect x="4.75" y="3.75" width="14.5" height="16.5" rx="2.25" />
        <path d="M8.5 8.5h7M8.5 12h7M8.5 15.5h4" />
      </Icon>
    ),
  },
  {
    key: "api-keys",
    label: "API keys",
    href: "/console/api-keys",
    icon: (
      <Icon>
        <circle cx="8" cy="16" r="4" />
        <path d="m10.9 13.1 8.6-8.6M16.5 7.5l2.5 2.5M14 10l1.75 1.75" />
      </Icon>
    ),
  },
  {
    key: "api-docs",
    label: "API reference",
    href: "/console/api-docs",
    icon: (
      <Icon>
        <path d="M6.75 3.75h7.5l4 4v12.5h-11.5a1.5 1.5 0 0 1-1.5-1.5V5.25a1.5 1.5 0 0 1 1.5-1.5Z" />
        <path d="M14 3.75V8h4.25" />
        <path d="m10 12-2 2 2 2M14 12l2 2-2 2" />
      </Icon>
    ),
  },
];
