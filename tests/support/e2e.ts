// e2e helpers: sign in by writing a session row (the login fixture), and read the SMTP capture.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { test as base, expect, type Page } from "@playwright/test";
import type { CapturedMessage } from "./smtp-capture";

export function e2eDb(): Database.Database {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error("E2E_DATABASE_FILE is not set (run through playwright.config.ts)");
  const db = new Database(file, { timeout: 10_000 });
  return db;
}

function cuidish(): string {
  return "c" + randomBytes(12).toString("hex");
}

/**
 * Ensures a member with this email (and role/membership), creates a session and sets its cookie.
 * `member: true` is the paid level (complimentary); `subscribed: true` adds an active subscription to
 * the Weekly Outlook: the `members` level.
 */
export async function login(page: Page, email: string, opts: { role?: "reader" | "editor" | "admin"; member?: boolean; subscribed?: boolean } = {}): Promise<{ memberId: string }> {
  const db = e2eDb();
  try {
    const now = new Date().toISOString();
    let row = db.prepare(`SELECT id FROM "Member" WHERE email = ?`).get(email) as { id: string } | undefined;
    if (!row) {
      const id = cuidish();
      db.prepare(`INSERT INTO "Member" (id, email, role, membershipTier, createdAt, updatedAt, emailVerified) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        id, email, opts.role ?? "reader", opts.member ? "member" : "free", now, now, now,
      );
      row = { id };
    } else if (opts.role || opts.member !== undefined) {
      if (opts.role) db.prepare(`UPDATE "Member" SET role = ? WHERE id = ?`).run(opts.role, row.id);
      if (opts.member !== undefined) db.prepare(`UPDATE "Member" SET membershipTier = ? WHERE id = ?`).run(opts.member ? "member" : "free", row.id);
    }
    if (opts.subscribed) {
      const nl = db.prepare(`SELECT id FROM "Newsletter" WHERE slug = 'weekly-outlook'`).get() as { id: string };
      db.prepare(
        `INSERT INTO "Subscription" (id, memberId, newsletterId, status, source, createdAt, updatedAt, confirmedAt) VALUES (?, ?, ?, 'active', 'admin', ?, ?, ?)
         ON CONFLICT (memberId, newsletterId) DO UPDATE SET status = 'active'`,
      ).run(cuidish(), row.id, nl.id, now, now, now);
    }
    const token = randomBytes(32).toString("hex");
    const expires = new Date(Date.now() + 7 * 86400_000).toISOString();
    db.prepare(`INSERT INTO "Session" (id, sessionToken, memberId, expires, createdAt) VALUES (?, ?, ?, ?, ?)`).run(cuidish(), token, row.id, expires, now);
    const url = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
    await page.context().addCookies([{ name: "next-auth.session-token", value: token, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
    return { memberId: row.id };
  } finally {
    db.close();
  }
}

const captureUrl = () => process.env.SMTP_CAPTURE_HTTP ?? "http://127.0.0.1:2526";

export async function mailsTo(address: string): Promise<CapturedMessage[]> {
  const res = await fetch(`${captureUrl()}/messages?to=${encodeURIComponent(address)}`);
  return (await res.json()) as CapturedMessage[];
}

/** Waits (polling the capture server) for a message to `address` whose subject matches. */
export async function waitForMail(address: string, subject: RegExp = /.*/, timeoutMs = 20_000): Promise<CapturedMessage> {
  let found: CapturedMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address)).find((m) => subject.test(m.subject));
        return Boolean(found);
      },
      { timeout: timeoutMs, intervals: [200, 300, 500] },
    )
    .toBe(true);
  return found!;
}

export async function setSmtpFaults(faults: { rcptCode?: number; rate?: number; every?: number }): Promise<void> {
  await fetch(`${captureUrl()}/faults`, { method: "POST", body: JSON.stringify(faults) });
}

export const test = base;
export { expect };
