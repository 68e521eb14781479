// next-auth v4 Adapter over our tables: Member plays next-auth's "User", plus Session, Account and
// VerificationToken. Written here because @next-auth/prisma-adapter expects a model named User.
import "server-only";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser, VerificationToken } from "next-auth/adapters";
import { sign } from "../server/crypto";
import { db } from "../server/db";
import { normalizeEmail } from "../shared/email";

const memberSelect = { id: true, email: true, name: true, emailVerified: true } as const;
type MemberRow = { id: string; email: string; name: string | null; emailVerified: Date | null };

function toUser(m: MemberRow): AdapterUser {
  return { id: m.id, email: m.email, name: m.name, emailVerified: m.emailVerified };
}


/**
 * The 6-digit code that goes with a sign-in link, derived from the link token's hash with the
 * server secret: the adapter (which only sees the hash) and the mail (which sees the token) agree
 * on it without sharing state, and the database alone cannot produce it.
 */
export function signInCodeFor(hashedToken: string): string {
  const digest = Buffer.from(sign("signin-code", hashedToken), "base64url");
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
}

/** What is stored for a code: an HMAC bound to the address, never the code itself. */
export function hashSignInCode(identifier: string, code: string): string {
  return sign("signin-code-hash", `${normalizeEmail(identifier)}:${code}`);
}

export function memberAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const m = await db.member.upsert({
        where: { email: normalizeEmail(user.email) },
        create: { email: normalizeEmail(user.email), name: user.name ?? null, emailVerified: user.emailVerified ?? null },
        update: { emailVerified: user.emailVerified ?? undefined },
        select: memberSelect,
      });
      return toUser(m);
    },
    async getUser(id) {
      const m = await db.member.findUnique({ where: { id }, select: memberSelect });
      return m ? toUser(m) : null;
    },
    async getUserByEmail(email) {
      const m = await db.member.findUnique({ where: { email: normalizeEmail(email) }, select: memberSelect });
      return m ? toUser(m) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const a = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { member: { select: memberSelect } },
      });
      return a ? toUser(a.member) : null;
    },
    async updateUser(user) {
      const m = await db.member.update({
        where: { id: user.id },
        data: {
          ...(user.name !== undefined ? { name: user.name } : {}),
          ...(user.email !== undefined ? { email: normalizeEmail(user.email) } : {}),
          ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}),
        },
        select: memberSelect,
      });
      return toUser(m);
    },
    async deleteUser(id) {
      await db.member.delete({ where: { id } });
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          memberId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: account.session_state ?? null,
        },
      });
    },
    async unlinkAccount({ provider, providerAccountId }: Pick<AdapterAccount, "provider" | "providerAccountId">) {
      await db.account.delete({ where: { provider_providerAccountId: { provider, providerAccountId } } });
    },
    async createSession(session) {
      const s = await db.session.create({
        data: { sessionToken: session.sessionToken, memberId: session.userId, expires: session.expires },
        select: { sessionToken: true, memberId: true, expires: true },
      });
      await db.member.update({ where: { id: session.userId }, data: { lastSeenAt: new Date() } });
      return { sessionToken: s.sessionToken, userId: s.memberId, expires: s.expires };
    },
    async getSessionAndUser(sessionToken) {
      const s = await db.session.findUnique({
        where: { sessionToken },
        select: { sessionToken: true, memberId: true, expires: true, member: { select: memberSelect } },
      });
      if (!s) return null;
      return { session: { sessionToken: s.sessionToken, userId: s.memberId, expires: s.expires }, user: toUser(s.member) };
    },
    async updateSession(session) {
      const rows = await db.session.updateMany({
        where: { sessionToken: session.sessionToken },
        data: { ...(session.expires ? { expires: session.expires } : {}), lastSeenAt: new Date() },
      });
      if (rows.count === 0) return null;
      const s = await db.session.findUnique({ where: { sessionToken: session.sessionToken }, select: { sessionToken: true, memberId: true, expires: true } });
      return s ? ({ sessionToken: s.sessionToken, userId: s.memberId, expires: s.expires } satisfies AdapterSession) : null;
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    async createVerificationToken(vt: VerificationToken) {
      const identifier = normalizeEmail(vt.identifier);
      await db.verificationToken.create({
        data: { identifier, token: vt.token, expires: vt.expires, codeHash: hashSignInCode(identifier, signInCodeFor(vt.token)) },
      });
      return { identifier, token: vt.token, expires: vt.expires };
    },
    async useVerificationToken({ identifier, token }) {
      // Delete-and-return in one statement's worth: whoever deletes the row owns the sign-in, so a
      // link used twice at the same moment still signs in once.
      const row = await db.verificationToken.findUnique({ where: { token }, select: { identifier: true, token: true, expires: true } });
      if (!row || row.identifier !== normalizeEmail(identifier)) return null;
      const deleted = await db.verificationToken.deleteMany({ where: { token } });
      if (deleted.count !== 1) return null;
      return row;
    },
  };
}
