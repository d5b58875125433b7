import type { Metadata } from "next";
import { cache } from "react";
import { BackLink } from "@/components/console/users/BackLink";
import { DangerZone } from "@/components/console/users/DangerZone";
import { plural } from "@/components/console/users/factor-copy";
import { MfaCard, type MfaConfirm } from "@/components/console/users/MfaCard";
import { ProfileCard } from "@/components/console/users/ProfileCard";
import { SessionsCard } from "@/components/console/users/SessionsCard";
import { TrustedDevicesCard } from "@/components/console/users/TrustedDevicesCard";
import { UserHeader } from "@/components/console/users/UserHeader";
import { Alert, type AlertTone } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { requireAdmin } from "@/lib/auth/current-user";
import { listActiveSessions } from "@/lib/sessions/list-sessions";
import { getSettings } from "@/lib/settings/store";
import { listTrustedDevices } from "@/lib/trusted-devices/list-devices";
import { getUser } from "@/lib/users/get-user";
import { listUserFactors } from "@/lib/users/mfa/list-factors";
import { userLockouts } from "@/lib/users/mfa-status";
import { ConsolePage } from "../../console-page";
import { param, type Search } from "../../search-params";
import {
  deleteUserAction,
  removeFactorAction,
  resetMfaAction,
  setMfaRequiredAction,
  signOutEverywhereAction,
  unlockSignInAction,
} from "./actions";
import { removeTrustedDeviceAction } from "./device-actions";

type Params = Promise<{ id: string }>;

/** One lookup per request, shared by the title and the page. */
const loadUser = cache(getUser);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const user = await loadUser((await params).id);
  const label = user ? (user.username ?? user.primaryEmail ?? user.id) : "User not found";
  return { title: `${label} · Users · Twofold console` };
}

type Notice = {
  tone: AlertTone;
  /** Where it shows: next to the control that caused it (the page scrolls there). */
  section: "page" | "mfa" | "sessions" | "devices";
  text: (count: number) => string;
};

const NOTICES: Record<string, Notice> = {
  created: { tone: "success", section: "page", text: () => "User created." },
  "factor-removed": { tone: "success", section: "mfa", text: () => "Factor removed." },
  "factor-missing": {
    tone: "info",
    section: "mfa",
    text: () => "That factor was already removed.",
  },
  "mfa-reset": {
    tone: "success",
    section: "mfa",
    text: () => "All factors removed. The user sets up 2-step verification again when asked.",
  },
  unlocked: {
    tone: "success",
    section: "mfa",
    text: () =>
      "Unlocked. The user can verify with every factor and sign in with their password again.",
  },
  "mfa-required": {
    tone: "success",
    section: "mfa",
    text: () => "MFA is now required for this user.",
  },
  "mfa-optional": {
    tone: "success",
    section: "mfa",
    text: () => "MFA is no longer required for this user; the sign-in policy applies.",
  },
  "device-removed": { tone: "success", section: "devices", text: () => "Device removed." },
  "device-missing": {
    tone: "info",
    section: "devices",
    text: () => "That device was already removed.",
  },
  "signed-out": {
    tone: "success",
    section: "sessions",
    text: (count) => `Signed out of ${plural(count, "session")}.`,
  },
};

export default async function UserDetailsPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <ConsolePage section="users" path={`/console/users/${encodeURIComponent(id)}`}>
      <UserDetails
        id={id}
        confirm={param(query, "confirm")}
        factorId={param(query, "factor")}
        notice={param(query, "notice")}
        count={Number.parseInt(param(query, "count"), 10) || 0}
        error={param(query, "error")}
      />
    </ConsolePage>
  );
}

async function UserDetails({
  id,
  confirm,
  factorId,
  notice,
  count,
  error,
}: {
  id: string;
  confirm: string;
  factorId: string;
  notice: string;
  count: number;
  error: string;
}) {
  const basePath = `/console/users/${encodeURIComponent(id)}`;
  const admin = await requireAdmin(basePath);
  const user = await loadUser(id);
  // Rendered in place rather than with notFound(): the console shell has already streamed, and
  // a late notFound() only shows once JavaScript runs.
  if (!user) {
    return (
      <>
        <BackLink href="/console/users">All users</BackLink>
        <Card padding="none" className="mt-4">
          <EmptyState
            title="User not found"
            description="This user could not be found. They may have been deleted."
          />
        </Card>
      </>
    );
  }
  const [factors, lockouts, sessions, devices, { mfa }] = await Promise.all([
    listUserFactors(user.id),
    userLockouts([user.id]).then((all) => all.get(user.id) ?? []),
    listActiveSessions(user.id),
    listTrustedDevices(user.id),
    getSettings(),
  ]);
  const label = user.username ?? user.primaryEmail ?? user.id;
  const isSelf = admin.id === user.id;
  const mfaConfirm: MfaConfirm =
    confirm === "remove"
      ? { kind: "remove", factorId }
      : confirm === "reset-mfa"
        ? { kind: "reset" }
        : null;
  const shown = NOTICES[notice];
  const noticeFor = (section: Notice["section"]) =>
    shown?.section === section ? <Alert tone={shown.tone}>{shown.text(count)}</Alert> : null;

  return (
    <>
      <BackLink href="/console/users">Users</BackLink>
      <UserHeader
        title={label}
        subtitle={
          [user.name, user.username ? user.primaryEmail : null].filter(Boolean).join(" · ") ||
          undefined
        }
        badges={
          <>
            {user.role === "admin" ? <Badge tone="brand">Admin</Badge> : null}
            {isSelf ? <Badge>You</Badge> : null}
            {lockouts.length > 0 ? (
              <Badge tone="danger" dot>
                Locked
              </Badge>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        {noticeFor("page")}
        {error === "self-delete" ? (
          <Alert tone="error">You cannot delete the account you are signed in with.</Alert>
        ) : null}
        <ProfileCard user={user} />
        <MfaCard
          userId={user.id}
          userLabel={label}
          notice={noticeFor("mfa")}
          basePath={basePath}
          required={user.mfaRequired}
          policy={
            mfa.factors.length === 0 ? "off" : mfa.policy === "Mandatory" ? "mandatory" : null
          }
          factors={factors}
          lockouts={lockouts}
          confirm={mfaConfirm}
          actions={{
            removeFactor: removeFactorAction,
            resetMfa: resetMfaAction,
            unlock: unlockSignInAction,
            setRequired: setMfaRequiredAction,
          }}
        />
        <SessionsCard
          userId={user.id}
          basePath={basePath}
          sessions={sessions}
          confirming={confirm === "sign-out"}
          notice={noticeFor("sessions")}
          isSelf={isSelf}
          signOutEverywhere={signOutEverywhereAction}
        />
        <TrustedDevicesCard
          userId={user.id}
          devices={devices}
          notice={noticeFor("devices")}
          removeDevice={removeTrustedDeviceAction}
        />
        <DangerZone
          userId={user.id}
          basePath={basePath}
          expected={label}
          confirming={confirm === "delete"}
          mismatch={error === "mismatch"}
          isSelf={isSelf}
          deleteUser={deleteUserAction}
        />
      </div>
    </>
  );
}
