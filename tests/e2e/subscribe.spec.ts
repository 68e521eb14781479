// Subscribing through the browser and the real SMTP capture: double opt-in, welcome, footer
// unsubscribe, RFC 8058 one-click, no-JS form, and bad input answered with 4xx (never 500).
import { e2eDb, expect, test, waitForMail } from "../support/e2e";

function linkIn(text: string, path: RegExp): string {
  const m = new RegExp(`https?://[^\\s>\\]"]+${path.source}[^\\s>\\]"]*`).exec(text);
  if (!m) throw new Error(`no ${path} link in: ${text.slice(0, 500)}`);
  return m[0];
}

function subscriptionStatus(email: string): string | undefined {
  const db = e2eDb();
  try {
    const row = db.prepare(`SELECT s.status FROM "Subscription" s JOIN "Member" m ON m.id = s.memberId WHERE m.email = ?`).get(email) as { status: string } | undefined;
    return row?.status;
  } finally {
    db.close();
  }
}

function firstArticleSlug(): string {
  const db = e2eDb();
  try {
    const row = db.prepare(`SELECT slug FROM "Article" WHERE status = 'published' AND visibility = 'public' ORDER BY publishedAt DESC LIMIT 1`).get() as { slug: string } | undefined;
    if (!row) throw new Error("no published article in the e2e database");
    return row.slug;
  } finally {
    db.close();
  }
}

async function subscribeAndConfirm(page: import("@playwright/test").Page, email: string, from: "article" | "page" = "page") {
  if (from === "article") {
    await page.goto(`/articles/${firstArticleSlug()}`);
    const box = page.locator("section.subscribe-form");
    await box.getByLabel("Email address").fill(email);
    await box.getByRole("button", { name: "Subscribe" }).click();
    await expect(box.getByTestId("subscribe-status")).toContainText("Check your inbox");
  } else {
    await page.goto("/subscribe");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByTestId("subscribe-status")).toContainText("Check your inbox");
  }
  expect(subscriptionStatus(email)).toBe("pending");

  const confirm = await waitForMail(email, /Confirm your subscription/);
  expect(confirm.html).toContain("Confirm subscription");
  expect(confirm.text).toContain("/subscribe/confirm?token=");
  const link = linkIn(confirm.text, /\/subscribe\/confirm\?token=/);
  await page.goto(link);
  // GET shows a button and does not confirm (mail scanners follow links)
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
  expect(subscriptionStatus(email)).toBe("pending");
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page).toHaveURL(/\/subscribe\/thanks(\?.*)?$/);
  await expect(page.getByRole("heading", { name: /Thank you/ })).toBeVisible();
  expect(subscriptionStatus(email)).toBe("active");

  // the link works once
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  return waitForMail(email, /Welcome/);
}

test("subscribe from an article → confirmation mail → confirm → welcome mail → unsubscribe through the footer link", async ({ page }) => {
  const email = `e2e-flow-${Date.now()}@example.com`;
  const welcome = await subscribeAndConfirm(page, email, "article");
  const lu = welcome.headers["list-unsubscribe"]!.replace(/\s+/g, " ");
  expect(lu).toMatch(/^<https?:\/\/[^>]+\/api\/unsubscribe\?[^>]+>, <mailto:[^>]+>$/);
  expect(welcome.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  await page.goto(linkIn(welcome.text, /\/unsubscribe\?m=/));
  await expect(page.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
  await page.getByRole("button", { name: "Unsubscribe", exact: true }).click();
  await expect(page.getByTestId("unsubscribe-notice")).toContainText("You are unsubscribed");
  expect(subscriptionStatus(email)).toBe("unsubscribed");

  // re-subscribing later works
  await page.getByRole("button", { name: "Subscribe again" }).click();
  await expect(page.getByTestId("unsubscribe-notice")).toContainText("subscribed again");
  expect(subscriptionStatus(email)).toBe("active");
});

test("RFC 8058 one-click: POST List-Unsubscribe=One-Click with no cookie unsubscribes; GET does not", async ({ page, playwright }) => {
  const email = `e2e-oneclick-${Date.now()}@example.com`;
  const welcome = await subscribeAndConfirm(page, email);
  const url = /<(https?:\/\/[^>]+\/api\/unsubscribe\?[^>]+)>/.exec(welcome.headers["list-unsubscribe"]!.replace(/\s+/g, ""))![1]!;
  const anon = await playwright.request.newContext(); // no cookies, no session, no CSRF token
  const get = await anon.get(url, { maxRedirects: 0 });
  expect(get.status()).toBe(303);
  expect(subscriptionStatus(email)).toBe("active");

  const wrongBody = await anon.post(url, { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=Nope" });
  expect(wrongBody.status()).toBe(400);
  const tampered = await anon.post(url.replace(/s=[^&]+/, "s=AAAA"), { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" });
  expect(tampered.status()).toBe(400);
  expect(subscriptionStatus(email)).toBe("active");

  const res = await anon.post(url, { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" });
  expect(res.status()).toBe(200);
  expect(subscriptionStatus(email)).toBe("unsubscribed");
  await anon.dispose();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the form posts, shows field errors tied to the input, and accepts a valid address", async ({ page }) => {
    await page.goto("/subscribe");
    await page.getByRole("button", { name: "Subscribe" }).click();
    const input = page.getByLabel("Email address");
    await expect(page.getByTestId("email-error")).toHaveText("Enter your email address.");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAttribute("aria-describedby", /email-err/);

    await page.getByLabel("Email address").fill("<script>alert(1)</script>");
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByTestId("email-error")).toBeVisible();

    const email = `e2e-nojs-${Date.now()}@example.com`;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByTestId("subscribe-status")).toContainText("Check your inbox");
    expect(subscriptionStatus(email)).toBe("pending");
  });
});

test("POST /api/subscribe: bad input gets a clear 4xx and stores nothing; good input the uniform 202", async ({ request }) => {
  const post = (data: string, type = "application/json") => request.post("/api/subscribe", { headers: { "content-type": type }, data });
  const cases: [string, string, number][] = [
    ["empty", JSON.stringify({ email: "" }), 400],
    ["too long", JSON.stringify({ email: `${"a".repeat(250)}@example.com` }), 400],
    ["no @", JSON.stringify({ email: "nobody.example.com" }), 400],
    ["CRLF", JSON.stringify({ email: "x@example.com\r\nBcc: v@example.com" }), 400],
    ["look-alike", JSON.stringify({ email: "pаypal@example.com" }), 400],
    ["script name", JSON.stringify({ email: "ok-but-bad-name@example.com", name: "<script>x</script>" }), 400],
    ["not JSON", "{email:", 400],
    ["array", "[1,2]", 400],
    ["1 MB", JSON.stringify({ email: "a".repeat(1024 * 1024) }), 413],
  ];
  for (const [what, body, status] of cases) {
    const res = await post(body);
    expect(res.status(), what).toBe(status);
    expect((await res.json()).message, what).toMatch(/\w/);
  }
  expect((await post("email=x@example.com", "text/xml")).status()).toBe(415);
  expect((await post("email=x@example.com", "multipart/form-data; boundary=x")).status()).toBe(415);
  expect(subscriptionStatus("ok-but-bad-name@example.com")).toBeUndefined();

  const ok = await post(JSON.stringify({ email: `e2e-api-${Date.now()}@example.com` }));
  expect(ok.status()).toBe(202);
  const again = await post(`email=${encodeURIComponent(`e2e-api-form-${Date.now()}@Example.COM`)}`, "application/x-www-form-urlencoded");
  expect(again.status()).toBe(202);
  expect(await again.json()).toEqual(await ok.json());
});

test("the home page carries the subscribe form", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("section.subscribe-form").getByLabel("Email address")).toBeVisible();
});

test("a tampered or unknown confirmation link shows a friendly page", async ({ page }) => {
  await page.goto("/subscribe/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await page.goto("/unsubscribe?m=x&n=y&s=z");
  await expect(page.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
});

test("data: from the unsubscribe page, an emailed link opens the data page; download JSON, then delete with a confirm step", async ({ page }) => {
  const email = `e2e-data-${Date.now()}@example.com`;
  const welcome = await subscribeAndConfirm(page, email);
  await page.goto(linkIn(welcome.text, /\/unsubscribe\?m=/));
  await page.getByRole("button", { name: "Email me a link to download or delete my data" }).click();
  await expect(page.getByTestId("unsubscribe-notice")).toContainText("We emailed you a link");
  const mail = await waitForMail(email, /data/);
  await page.goto(linkIn(mail.text, /\/manage\?token=/));
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download my data" }).click()]);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  const json = JSON.parse(readFileSync(path, "utf8"));
  expect(json.profile.email).toBe(email);
  expect(json.subscriptions[0].status).toBe("active");
  expect(json.events.map((e: { type: string }) => e.type)).toEqual(["requested", "confirmed"]);

  // the confirm step: without the box ticked nothing is deleted (the browser's required check is bypassed)
  await page.getByLabel("I understand that this cannot be undone.").evaluate((el) => el.removeAttribute("required"));
  await page.getByRole("button", { name: "Delete my data permanently" }).click();
  await expect(page.getByText("Tick the box to confirm the deletion.")).toBeVisible();
  expect(subscriptionStatus(email)).toBe("active");

  await page.getByLabel("I understand that this cannot be undone.").check();
  await page.getByRole("button", { name: "Delete my data permanently" }).click();
  await expect(page.getByRole("heading", { name: "Your data is deleted" })).toBeVisible();
  expect(subscriptionStatus(email)).toBeUndefined();
});
