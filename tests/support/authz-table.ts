// The authorization matrix: every page and route handler under /admin and /account, every API
// route, and every members-only content path, with who may use it. One table for the e2e matrix
// (tests/e2e/authorization.spec.ts) and for the unit test that fails when a route file is missing.
import { FIXTURE } from "./fixture-ids";

export type Role = "anonymous" | "reader" | "member" | "editor" | "admin";
export type Cell = "allow" | "deny";
export const ROLES: Role[] = ["anonymous", "reader", "member", "editor", "admin"];

const everyone = { anonymous: "allow", reader: "allow", member: "allow", editor: "allow", admin: "allow" } as const;
const signedIn = { anonymous: "deny", reader: "allow", member: "allow", editor: "allow", admin: "allow" } as const;
const members = { anonymous: "deny", reader: "deny", member: "allow", editor: "allow", admin: "allow" } as const;
const editors = { anonymous: "deny", reader: "deny", member: "deny", editor: "allow", admin: "allow" } as const;
export const admins = { anonymous: "deny", reader: "deny", member: "deny", editor: "deny", admin: "allow" } as const;

export type RouteRule = {
  /** The route file, relative to the repository root. */
  file: string;
  /** A concrete URL that exercises it. */
  url: string;
  expect: Record<Role, Cell>;
  /** Why a route is open to everyone (public routes must say so). */
  note?: string;
};

export const ROUTE_RULES: RouteRule[] = [
  { file: "app/account/page.tsx", url: "/account", expect: signedIn },
  { file: "app/admin/mailbox/page.tsx", url: "/admin/mailbox", expect: admins },
  { file: "app/admin/suppressions/page.tsx", url: "/admin/suppressions", expect: editors },
  { file: "app/admin/mailbox/[id]/page.tsx", url: "/admin/mailbox/does-not-exist", expect: admins },
  { file: "app/admin/issues/[id]/send/page.tsx", url: "/admin/issues/does-not-exist/send", expect: editors },
  { file: "app/admin/sends/[id]/page.tsx", url: "/admin/sends/does-not-exist", expect: editors },
  { file: "app/api/admin/sends/[id]/progress/route.ts", url: "/api/admin/sends/does-not-exist/progress", expect: editors },
  { file: "app/admin/page.tsx", url: "/admin", expect: editors },
  { file: "app/admin/articles/page.tsx", url: "/admin/articles", expect: editors },
  { file: "app/admin/articles/new/page.tsx", url: "/admin/articles/new", expect: editors },
  { file: "app/admin/articles/[id]/page.tsx", url: "/admin/articles/does-not-exist", expect: editors },
  { file: "app/admin/issues/page.tsx", url: "/admin/issues", expect: editors },
  { file: "app/admin/issues/[id]/page.tsx", url: "/admin/issues/does-not-exist", expect: editors },
  { file: "app/admin/members/page.tsx", url: "/admin/members?status=active&sort=email&dir=asc", expect: editors },
  { file: "app/admin/members/new/page.tsx", url: "/admin/members/new", expect: editors },
  { file: "app/admin/members/[id]/page.tsx", url: "/admin/members/does-not-exist", expect: editors },
  { file: "app/admin/members/import/page.tsx", url: "/admin/members/import", expect: editors },
  { file: "app/admin/members/import/upload/route.ts", url: "/admin/members/import/upload", expect: editors },
  { file: "app/admin/members/export/route.ts", url: "/admin/members/export?status=active", expect: editors },
  { file: "app/admin/comments/page.tsx", url: "/admin/comments?queue=recent", expect: editors },
  { file: "app/admin/authors/page.tsx", url: "/admin/authors", expect: editors },
  { file: "app/admin/authors/new/page.tsx", url: "/admin/authors/new", expect: editors },
  { file: "app/admin/authors/[id]/page.tsx", url: "/admin/authors/does-not-exist", expect: editors },
  { file: "app/admin/topics/page.tsx", url: "/admin/topics", expect: editors },
  { file: "app/admin/topics/new/page.tsx", url: "/admin/topics/new", expect: editors },
  { file: "app/admin/topics/[id]/page.tsx", url: "/admin/topics/does-not-exist", expect: editors },
  { file: "app/admin/settings/page.tsx", url: "/admin/settings", expect: admins },
  { file: "app/admin/settings/emails/page.tsx", url: "/admin/settings/emails", expect: admins },
  { file: "app/api/account/export/route.ts", url: "/api/account/export", expect: signedIn },
  { file: "app/api/members-content/articles/[slug]/route.ts", url: `/api/members-content/articles/${FIXTURE.articleSlug}`, expect: members },
  {
    file: "app/api/members-content/issues/[number]/sections/[id]/route.ts",
    url: `/api/members-content/issues/${FIXTURE.issueNumber}/sections/${FIXTURE.sectionId}`,
    expect: members,
  },
  { file: "app/api/comments/route.ts", url: `/api/comments?article=${FIXTURE.publicSlug}`, expect: everyone, note: "anonymous gets the count only" },
  { file: "app/api/health/route.ts", url: "/api/health", expect: everyone, note: "load balancer health check" },
  { file: "app/api/subscribe/route.ts", url: "/api/subscribe", expect: everyone, note: "public signup endpoint (POST only, GET answers 405); rate limited per IP and address; double opt-in" },
  {
    file: "app/api/unsubscribe/route.ts",
    url: "/api/unsubscribe?m=x&n=y&s=z",
    expect: everyone,
    note: "RFC 8058 one-click: the signed (member, newsletter) link is the credential; GET only redirects to the page with the button",
  },
  { file: "app/api/member-data/route.ts", url: "/api/member-data", expect: everyone, note: "POST only (GET answers 405); the manage-link token or the session is the credential (401 otherwise)" },
  { file: "app/api/auth/[...nextauth]/route.ts", url: "/api/auth/session", expect: everyone, note: "next-auth endpoints; the session endpoint answers {} to anonymous" },
  { file: "app/api/webhooks/[provider]/route.ts", url: "/api/webhooks/ses", expect: everyone, note: "provider webhooks, POST only (GET answers 405); each provider's signature or basic auth is the credential (4xx otherwise)" },
  { file: "app/api/internal/revalidate/route.ts", url: "/api/internal/revalidate", expect: everyone, note: "POST only (GET answers 405); the credential is an AUTH_SECRET HMAC held by the workers, not a session role (401 otherwise)" },
];

/** Route files the matrix must cover: a new one fails the unit test until it is added above. */
export const COVERED_GLOBS = ["app/admin/**/page.tsx", "app/account/**/page.tsx", "app/api/**/route.ts", "app/admin/**/route.ts", "app/account/**/route.ts"];
