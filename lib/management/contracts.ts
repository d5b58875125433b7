// Every Management API operation's contract: method, path, schemas, success status and the
// error codes it may answer. Route handlers are built from these (lib/management/route.ts), and
// /api/openapi.json is generated from them, so the document cannot drift from the code.
import { z } from "zod";
import type { ErrorCode } from "@/lib/http/errors";
import * as app from "@/lib/applications/types";
import * as s from "./schemas";

export type Contract = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  input?: z.ZodType;
  response?: z.ZodType;
  status: number;
  errors: ErrorCode[];
  /** Public endpoints take no API key. */
  public?: boolean;
  /** Account endpoints take the signed-in user's session cookie instead of an API key. */
  session?: boolean;
};

const AUTH: ErrorCode[] = ["auth.unauthorized", "guard.too_many_requests"];
const WRITE: ErrorCode[] = [
  ...AUTH,
  "auth.forbidden",
  "guard.invalid_input",
  "guard.payload_too_large",
];

export const contracts = {
  health: {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database check",
    tag: "Health",
    response: z.object({ status: z.literal("ok") }),
    status: 200,
    errors: [],
    public: true,
  },
  openapi: {
    method: "get",
    path: "/api/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tag: "Health",
    status: 200,
    errors: [],
    public: true,
  },
  listUsers: {
    method: "get",
    path: "/api/users",
    summary: "List users (search, page, page_size; total in the Total-Number header)",
    tag: "Users",
    query: s.ListUsersQuery,
    response: s.UserList,
    status: 200,
    errors: [...AUTH, "guard.invalid_input"],
  },
  createUser: {
    method: "post",
    path: "/api/users",
    summary: "Create a user",
    tag: "Users",
    input: s.CreateUserInput,
    response: s.UserView,
    status: 201,
    errors: [
      ...WRITE,
      "user.identifier_required",
      "user.invalid_username",
      "user.invalid_email",
      "user.username_already_in_use",
      "user.email_already_in_use",
      "password.too_short",
      "password.too_long",
      "password.too_common",
      "password.contains_username",
    ],
  },
  getUser: {
    method: "get",
    path: "/api/users/{userId}",
    summary: "Get a user",
    tag: "Users",
    response: s.UserView,
    status: 200,
    errors: [...AUTH, "entity.not_found"],
  },
  updateUser: {
    method: "patch",
    path: "/api/users/{userId}",
    summary: "Update a user's profile or password",
    tag: "Users",
    input: s.PatchUserInput,
    response: s.UserView,
    status: 200,
    errors: [
      ...WRITE,
      "entity.not_found",
      "user.identifier_required",
      "user.invalid_username",
      "user.invalid_email",
      "user.username_already_in_use",
      "user.email_already_in_use",
      "password.too_short",
      "password.too_long",
      "password.too_common",
      "password.contains_username",
    ],
  },
  deleteUser: {
    method: "delete",
    path: "/api/users/{userId}",
    summary: "Delete a user, their sessions and factors",
    tag: "Users",
    status: 204,
    errors: [...WRITE, "entity.not_found"],
  },
  listMfaVerifications: {
    method: "get",
    path: "/api/users/{userId}/mfa-verifications",
    summary: "List a user's MFA factors",
    tag: "MFA verifications",
    response: s.MfaVerificationList,
    status: 200,
    errors: [...AUTH, "entity.not_found"],
  },
  createMfaVerification: {
    method: "post",
    path: "/api/users/{userId}/mfa-verifications",
    summary: "Create a TOTP factor or a backup-code set for a user",
    tag: "MFA verifications",
    input: s.CreateMfaVerificationInput,
    response: s.CreatedMfaVerification,
    status: 201,
    errors: [
      ...WRITE,
      "entity.not_found",
      "user.totp_already_in_use",
      "user.totp_secret_invalid",
      "user.backup_code_already_in_use",
      "session.mfa.backup_code_can_not_be_alone",
      "user.wrong_backup_code_format",
    ],
  },
  deleteMfaVerification: {
    method: "delete",
    path: "/api/users/{userId}/mfa-verifications/{verificationId}",
    summary: "Remove one of a user's MFA factors",
    tag: "MFA verifications",
    status: 204,
    errors: [...WRITE, "entity.not_found"],
  },
  getMfaSettings: {
    method: "get",
    path: "/api/users/{userId}/mfa-settings",
    summary: "Whether the user skipped MFA, and whether an admin requires it",
    tag: "MFA settings",
    response: s.MfaSettingsView,
    status: 200,
    errors: [...AUTH, "entity.not_found"],
  },
  updateMfaSettings: {
    method: "patch",
    path: "/api/users/{userId}/mfa-settings",
    summary: "Change the user's skipped and required flags",
    tag: "MFA settings",
    input: s.PatchMfaSettingsInput,
    response: s.MfaSettingsView,
    status: 200,
    errors: [...WRITE, "entity.not_found"],
  },
  getSignInExp: {
    method: "get",
    path: "/api/sign-in-exp",
    summary: "MFA factors, policy and lockout policy",
    tag: "Sign-in experience",
    response: s.SignInExpView,
    status: 200,
    errors: AUTH,
  },
  updateSignInExp: {
    method: "patch",
    path: "/api/sign-in-exp",
    summary: "Change MFA factors, policy or lockout policy",
    tag: "Sign-in experience",
    input: s.PatchSignInExpInput,
    response: s.SignInExpView,
    status: 200,
    errors: [...WRITE, "sign_in_experiences.backup_code_cannot_be_enabled_alone"],
  },
  listApplications: {
    method: "get",
    path: "/api/applications",
    summary: "List the apps that sign users in through Twofold (OpenID Connect clients)",
    tag: "Applications",
    response: app.ApplicationList,
    status: 200,
    errors: AUTH,
  },
  createApplication: {
    method: "post",
    path: "/api/applications",
    summary: "Register an app; a Traditional app's secret is in this response only",
    tag: "Applications",
    input: app.CreateApplicationInput,
    response: app.ApplicationWithSecret,
    status: 201,
    errors: WRITE,
  },
  getApplication: {
    method: "get",
    path: "/api/applications/{id}",
    summary: "Get an app",
    tag: "Applications",
    response: app.ApplicationView,
    status: 200,
    errors: [...AUTH, "entity.not_found"],
  },
  updateApplication: {
    method: "patch",
    path: "/api/applications/{id}",
    summary: "Change an app's name, redirect URIs or MFA requirement",
    tag: "Applications",
    input: app.PatchApplicationInput,
    response: app.ApplicationView,
    status: 200,
    errors: [...WRITE, "entity.not_found"],
  },
  deleteApplication: {
    method: "delete",
    path: "/api/applications/{id}",
    summary: "Delete an app; its tokens stop working",
    tag: "Applications",
    status: 204,
    errors: [...WRITE, "entity.not_found"],
  },
  rotateApplicationSecret: {
    method: "post",
    path: "/api/applications/{id}/secret",
    summary: "Issue a new client secret (Traditional apps); the old one stops working",
    tag: "Applications",
    response: app.ApplicationWithSecret,
    status: 200,
    errors: [...WRITE, "entity.not_found", "application.no_secret"],
  },
} satisfies Record<string, Contract>;
