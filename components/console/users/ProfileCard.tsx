// The profile of a user on their details page.
import type { ReactNode } from "react";
import type { UserDetails } from "@/lib/users/get-user";
import { Badge } from "../../ui/Badge";
import { Card, CardHeader } from "../../ui/Card";
import { cx } from "../../ui/cx";
import { Time } from "./Time";

function Item({
  label,
  children,
  wide,
}: {
  label: string;
  children: ReactNode;
  /** Long values (email, id) take the whole row on phones and may wrap. */
  wide?: boolean;
}) {
  return (
    <div className={cx("min-w-0", wide && "col-span-2 sm:col-span-1")}>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className={cx("mt-1 text-sm text-slate-900", wide ? "break-all" : "break-words")}>
        {children}
      </dd>
    </div>
  );
}

const none = <span className="text-slate-400">Not set</span>;

export function ProfileCard({ user }: { user: UserDetails }) {
  return (
    <Card>
      <CardHeader title="Profile" />
      <dl className="mt-5 grid grid-cols-2 gap-x-6 gap-y-5 lg:grid-cols-4">
        <Item label="Username">{user.username ?? none}</Item>
        <Item label="Email" wide>
          {user.primaryEmail ?? none}
        </Item>
        <Item label="Name">{user.name ?? none}</Item>
        <Item label="Role">
          {user.role === "admin" ? <Badge tone="brand">Admin</Badge> : <Badge>User</Badge>}
        </Item>
        <Item label="Password">
          {user.hasPassword ? "Set" : <span className="text-slate-500">No password yet</span>}
        </Item>
        <Item label="Created">
          <Time date={user.createdAt} as="full" />
        </Item>
        <Item label="Last sign-in">
          {user.lastSignInAt ? <Time date={user.lastSignInAt} as="full" /> : "Never"}
        </Item>
        <Item label="User ID" wide>
          <span className="font-mono text-xs text-slate-700">{user.id}</span>
        </Item>
      </dl>
    </Card>
  );
}
