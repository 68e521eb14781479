// Who is asking: the cached session getter and the guards every protected page, action, route
// handler and data function calls. Sessions are database rows (next-auth's Session table).
import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../server/db";
import type { AccessLevel } from "../shared/access";

export type Role = "reader" | "editor" | "admin";

export type Viewer = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The highest access level this person reads at (docs/decisions/0030). */
  level: AccessLevel;
  /** May read `members` text: a verified (active) subscriber, a supporter, or staff. */
  isMember: boolean;
  /** May read `paid` text: an active paid, complimentary or gift membership, or staff. */
  isPaid: boolean;
  /** Has an active subscription to a newsletter. */
  isSubscriber: boolean;
  isEditor: boolean;
  isAdmin: boolean;
  membershipExpiresAt: Date | null;
  sessionId: string;
};

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

type MemberRow = { id: string; email: string; name: string | null; role: Role; membershipTier: "free" | "member"; membershipExpiresAt: Date | null };

/** The paid level: staff, or a membership (Stripe, complimentary, gift) that has not expired. */
export function hasActiveMembership(m: Pick<MemberRow, "role" | "membershipTier" | "membershipExpiresAt">, now = new Date()): boolean {
  if (m.role === "editor" || m.role === "admin") return true;
  return m.membershipTier === "member" && (m.membershipExpiresAt === null || m.membershipExpiresAt > now);
}

/** A signed-in person's level: paid membership first, then an active subscription (a verified subscriber). */
export function accessLevelOf(m: Pick<MemberRow, "role" | "membershipTier" | "membershipExpiresAt">, activeSubscriber: boolean, now = new Date()): AccessLevel {
  if (hasActiveMembership(m, now)) return "paid";
  return activeSubscriber ? "members" : "public";
}

/** Resolves a session token to a viewer; null when unknown or expired. */
export async function viewerFromSessionToken(token: string | undefined): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: {
      id: true,
      expires: true,
      member: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          membershipTier: true,
          membershipExpiresAt: true,
          subscriptions: { where: { status: "active", newsletter: { status: "active" } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  if (!session || session.expires <= new Date()) return null;
  const m = session.member;
  const isSubscriber = m.subscriptions.length > 0;
  const level = accessLevelOf(m, isSubscriber);
  return {
    id: m.id,
    email: m.email,
    name: m.name,
    role: m.role,
    level,
    isMember: level !== "public",
    isPaid: level === "paid",
    isSubscriber,
    isEditor: m.role === "editor" || m.role === "admin",
    isAdmin: m.role === "admin",
    membershipExpiresAt: m.membershipExpiresAt,
    sessionId: session.id,
  };
}

/** The signed-in person for this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) return viewerFromSessionToken(token);
  }
  return null;
});

function signInPath(callbackUrl?: string): string {
  const safe = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : undefined;
  return safe ? `/signin?callbackUrl=${encodeURIComponent(safe)}` : "/signin";
}

/** Any signed-in person; otherwise redirect to sign-in. */
export async function requireViewer(callbackUrl?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(callbackUrl));
  return viewer;
}

/** A signed-in person with an active membership (or staff); others get 403. */
export async function requireMember(callbackUrl?: string): Promise<Viewer> {
  const viewer = await requireViewer(callbackUrl);
  if (!viewer.isMember) forbidden();
  return viewer;
}

/** Editor or admin; signed-out people are sent to sign in, others get 403. */
export async function requireEditor(callbackUrl?: string): Promise<Viewer> {
  const viewer = await requireViewer(callbackUrl);
  if (!viewer.isEditor) forbidden();
  return viewer;
}

/** Admin only. */
export async function requireAdmin(callbackUrl?: string): Promise<Viewer> {
  const viewer = await requireViewer(callbackUrl);
  if (!viewer.isAdmin) forbidden();
  return viewer;
}
