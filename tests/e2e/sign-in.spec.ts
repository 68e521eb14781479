// The magic-link flows end to end through the SMTP capture server: the landing page's button,
// the 6-digit code, an expired link, a reused link, sign out.
import { e2eDb, expect, test, waitForMail } from "../support/e2e";
import type { CapturedMessage } from "../support/smtp-capture";
import { ensureMembersFixture, FIXTURE } from "../support/members-fixture";

test.beforeAll(() => {
  ensureMembersFixture();
});

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

function linkFrom(mail: CapturedMessage): string {
  const m = /https?:\/\/[^\s"'<>]+\/signin\/verify\?[^\s"'<>]+/.exec(mail.text) ?? /https?:\/\/[^\s"'<>]+\/signin\/verify\?[^\s"'<>]+/.exec(mail.html);
  if (!m) throw new Error(`no sign-in link in: ${mail.text}`);
  return m[0].replace(/&amp;/g, "&").replace(/[)\]]+$/, "");
}

function codeFrom(mail: CapturedMessage): string {
  const m = /type this code[^0-9]*(\d{6})/i.exec(mail.text);
  if (!m) throw new Error(`no code in: ${mail.text}`);
  return m[1]!;
}

function tokensFor(email: string): number {
  const db = e2eDb();
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "VerificationToken" WHERE identifier = ?`).get(email) as { n: number }).n;
  } finally {
    db.close();
  }
}

async function requestLink(page: import("@playwright/test").Page, email: string, callbackUrl = "/account") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  return waitForMail(email, /^Sign in to /);
}

test("magic link: the landing page's button signs in; a scanner's GET uses nothing; the link works once; sign out", async ({ page, browser }) => {
  const email = unique("magic");
  const mail = await requestLink(page, email);
  const link = linkFrom(mail);
  expect(new URL(link).pathname).toBe("/signin/verify");

  // A mail scanner fetching the link only gets the landing page.
  const scanned = await page.request.get(link);
  expect(scanned.status()).toBe(200);
  expect(tokensFor(email)).toBe(1);

  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email)).toBeVisible();
  expect(tokensFor(email)).toBe(0);

  // The same link again, from another browser: refused.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(link);
  await p2.getByRole("button", { name: "Sign in" }).click();
  await expect(p2).toHaveURL(/\/signin\/error\?error=Verification/);
  await expect(p2.getByRole("heading", { name: /expired or was already used/ })).toBeVisible();
  await other.close();

  // Sign out: the session is gone and /account sends us to sign in.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // wait for the action's redirect home before asking for /account again (no race with the POST)
  await page.waitForURL((u) => u.pathname === "/");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
});

test("code: typed on the check-your-inbox page, returns to the deep link", async ({ page }) => {
  const email = unique("typed");
  const target = `/articles/${FIXTURE.publicSlug}#comments`;
  const mail = await requestLink(page, email, target);
  const code = codeFrom(mail);
  await page.getByLabel("6-digit code from the email").fill("000000" === code ? "111111" : "000000");
  await page.getByRole("button", { name: "Sign in with code" }).click();
  await expect(page.getByText("That code is not right")).toBeVisible();
  await page.getByLabel("6-digit code from the email").fill(code);
  await page.getByRole("button", { name: "Sign in with code" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${FIXTURE.publicSlug}#comments$`));
  // Signed in: the comment form is there.
  await expect(page.getByPlaceholder("Add a comment")).toBeVisible();
});

test("an expired link is refused", async ({ page }) => {
  const email = unique("expired");
  const link = linkFrom(await requestLink(page, email));
  const db = e2eDb();
  try {
    db.prepare(`UPDATE "VerificationToken" SET expires = ? WHERE identifier = ?`).run(new Date(Date.now() - 60_000).toISOString(), email);
  } finally {
    db.close();
  }
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\/error\?error=Verification/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});
