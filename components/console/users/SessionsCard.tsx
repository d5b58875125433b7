// A user's live sessions on their details page, with "Sign out everywhere".
import Link from "next/link";
import type { ReactNode } from "react";
import type { SessionView } from "@/lib/sessions/list-sessions";
import { buttonClasses } from "../../ui/Button";
import { Card, CardHeader } from "../../ui/Card";
import { Table, TBody, Td, THead, Th, Tr } from "../../ui/Table";
import { ConfirmPanel, type FormAction } from "./ConfirmPanel";
import { deviceName, plural } from "./factor-copy";
import { Icon } from "./icons";
import { Time } from "./Time";

const MOBILE = /iPhone|iPad|Android/;

export interface SessionsCardProps {
  userId: string;
  basePath: string;
  sessions: SessionView[];
  confirming: boolean;
  /** The outcome of "Sign out everywhere", shown under the title. */
  notice?: ReactNode;
  /** The admin is looking at their own account: signing out everywhere includes this browser. */
  isSelf: boolean;
  signOutEverywhere: FormAction;
}

export function SessionsCard(props: SessionsCardProps) {
  const { userId, basePath, sessions, confirming, isSelf } = props;
  return (
    <Card padding="none" id="sessions" className="scroll-mt-24">
      <div className="space-y-4 p-5 sm:p-6">
        <CardHeader
          title="Sessions"
          description={
            sessions.length === 0
              ? "Browsers where this user is signed in."
              : `Signed in on ${plural(sessions.length, "browser")}. Sessions last 7 days from the last use.`
          }
          actions={
            sessions.length > 0 ? (
              <Link
                href={`${basePath}?confirm=sign-out#sessions`}
                scroll={false}
                className={buttonClasses("secondary", "sm")}
              >
                <Icon name="signOut" className="-ml-0.5 size-4" />
                Sign out everywhere
              </Link>
            ) : null
          }
        />
        {props.notice}
        {confirming && sessions.length > 0 ? (
          <ConfirmPanel
            id="confirm-sign-out"
            title={`Sign this user out of ${plural(sessions.length, "session")}?`}
            action={props.signOutEverywhere}
            fields={{ userId }}
            confirmLabel="Sign out everywhere"
            cancelHref={`${basePath}#sessions`}
          >
            {isSelf
              ? "This is your own account: you are signed out of the console too."
              : "Every browser signed in as this user is signed out on its next request. They can sign in again."}
          </ConfirmPanel>
        ) : null}
      </div>
      <div className="border-t border-slate-200">
        {sessions.length === 0 ? (
          <p className="px-6 py-8 text-center text-sm text-slate-600">
            Not signed in anywhere right now.
          </p>
        ) : (
          <Table aria-label="Sessions" wrapperClassName="relative">
            <THead>
              <tr>
                <Th>Device</Th>
                <Th className="hidden sm:table-cell">IP address</Th>
                <Th className="hidden sm:table-cell">Signed in</Th>
                <Th className="hidden sm:table-cell">Expires</Th>
              </tr>
            </THead>
            <TBody>
              {sessions.map((session) => {
                const ip = session.ip ?? "Unknown IP";
                return (
                  <Tr key={session.id}>
                    <Td>
                      <div className="flex items-center gap-3">
                        <Icon
                          name={MOBILE.test(session.userAgent ?? "") ? "phone" : "desktop"}
                          className="size-5 text-slate-400"
                        />
                        <div className="min-w-0">
                          <div className="whitespace-nowrap text-slate-900">
                            {deviceName(session.userAgent) ?? "Unknown device"}
                          </div>
                          <div className="text-slate-500 sm:hidden">
                            {ip} · signed in <Time date={session.createdAt} as="relative" />
                          </div>
                        </div>
                      </div>
                    </Td>
                    <Td className="hidden font-mono text-xs whitespace-nowrap sm:table-cell">
                      {session.ip ?? <span className="font-sans text-slate-400">Unknown</span>}
                    </Td>
                    <Td className="hidden whitespace-nowrap sm:table-cell">
                      <Time date={session.createdAt} as="relative" />
                    </Td>
                    <Td className="hidden whitespace-nowrap sm:table-cell">
                      <Time date={session.expiresAt} as="relative" />
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </div>
    </Card>
  );
}
