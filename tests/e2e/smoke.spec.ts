// The production build serves, the database answers, and staff pages are guarded.
import { expect, login, test } from "../support/e2e";

test("health endpoint reports the database as reachable", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true, boot: expect.stringMatching(/^[0-9a-f-]{36}$/) });
});

test("the mailbox is for admins: anonymous is sent to sign in, a reader and an editor get 403", async ({ page }) => {
  const anon = await page.request.get("/admin/mailbox", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(anon.status());
  expect(anon.headers()["location"]).toContain("/signin");

  await login(page, "smoke-reader@example.com");
  const res = await page.request.get("/admin/mailbox");
  expect(res.status()).toBe(403);
  await page.context().clearCookies();
  await login(page, "smoke-editor@example.com", { role: "editor" });
  expect((await page.request.get("/admin/mailbox")).status()).toBe(403);
});

test("an admin reads the mailbox", async ({ page }) => {
  await login(page, "smoke-admin@example.com", { role: "admin" });
  await page.goto("/admin/mailbox");
  await expect(page.getByRole("heading", { name: "Mailbox" })).toBeVisible();
});
