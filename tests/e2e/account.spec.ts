// The account page: profile, membership, newsletter preferences, sessions, export, deletion.
import { e2eDb, expect, login, test } from "../support/e2e";

test("account: name, membership, subscriptions, export, sign out everywhere", async ({ page, browser }) => {
  const email = `account-${Date.now()}@example.com`;
  const { memberId } = await login(page, email, { member: true });
  const db = e2eDb();
  try {
    db.prepare(`UPDATE "Member" SET membershipExpiresAt = ? WHERE id = ?`).run("2031-03-01T00:00:00.000Z", memberId);
  } finally {
    db.close();
  }
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByTestId("membership-status")).toContainText("until 1 March 2031");

  await page.getByLabel("Name").fill("Olga Owner");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.getByRole("button", { name: /^Subscribe to / }).first().click();
  await expect(page.getByRole("button", { name: /^Unsubscribe from / }).first()).toBeVisible();
  await page.getByRole("button", { name: /^Unsubscribe from / }).first().click();
  await expect(page.getByRole("button", { name: /^Subscribe to / }).first()).toBeVisible();

  const exported = await page.request.get("/api/account/export");
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  expect(exported.headers()["cache-control"]).toContain("no-store");
  const data = (await exported.json()) as { profile: { email: string; name: string }; subscriptions: { status: string }[] };
  expect(data.profile).toMatchObject({ email, name: "Olga Owner" });
  expect(data.subscriptions[0]?.status).toBe("unsubscribed");
  expect(JSON.stringify(data)).not.toMatch(/sessionToken/);

  // A second browser; "sign out everywhere" ends both.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  const { memberId: same } = await login(p2, email);
  expect(same).toBe(memberId);
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign out there" })).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/\?signedOut=everywhere$/);
  await p2.goto("/account");
  await expect(p2).toHaveURL(/\/signin/);
  await other.close();
});

test("account deletion needs the address typed as confirmation", async ({ page }) => {
  const email = `delete-${Date.now()}@example.com`;
  await login(page, email);
  await page.goto("/account");
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel(/to confirm/).fill("wrong@example.com");
  await page.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(page.getByText("Type your email address exactly to confirm.")).toBeVisible();
  await page.getByLabel(/to confirm/).fill(email);
  await page.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(page).toHaveURL(/accountDeleted=1/);
  const db = e2eDb();
  try {
    expect(db.prepare(`SELECT id FROM "Member" WHERE email = ?`).get(email)).toBeUndefined();
  } finally {
    db.close();
  }
});
