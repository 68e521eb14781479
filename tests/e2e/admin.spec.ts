// The editor admin end to end: write and publish a members-only article; compose an issue with a public
// and a members-only section, preview both email variants, send a test email and read it from the SMTP
// capture; an XSS corpus through every editor text field; and the guard on every admin route and action.
import { e2eDb, expect, login, test, waitForMail } from "../support/e2e";
import type { Page } from "@playwright/test";

const EDITOR = "editor@example.com";
const run = Date.now().toString(36);

/** Server action ids seen while the editor works, replayed later as other people. */
const actionCalls = new Map<string, { url: string; body: string; contentType: string }>();
function recordActions(page: Page) {
  page.on("request", (req) => {
    const id = req.headers()["next-action"];
    if (id && req.method() === "POST" && !actionCalls.has(id)) actionCalls.set(id, { url: req.url(), body: req.postData() ?? "", contentType: req.headers()["content-type"] ?? "text/plain" });
  });
}

test.describe.configure({ mode: "serial" });

test("an editor writes a members-only article and publishes it", async ({ page }) => {
  recordActions(page);
  await login(page, EDITOR, { role: "editor" });
  await page.goto("/admin/articles/new");
  await page.getByLabel("Title").fill(`Budget outlook ${run}`);
  await page.getByLabel("Excerpt").fill("Where the money goes.");
  await page.getByLabel("Body (Markdown)").fill(`Opening paragraph for everyone.\n\n## Analysis\n\nMEMBERS-ONLY-ARTICLE-${run} with **bold** text.`);
  await expect(page.getByTestId("article-preview").locator("strong")).toHaveText("bold");
  await page.getByLabel("Members (every subscriber, signed in)").check();
  // an author and a topic, as every published article has (the site's journey test follows bylines)
  await page.getByRole("group", { name: "Authors" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Topics" }).getByRole("checkbox").first().check();
  await page.getByLabel("Status").selectOption("published");
  await expect(page.getByLabel("Slug")).toHaveValue(`budget-outlook-${run}`);
  await page.getByRole("button", { name: "Publish" }).click();
  // the first save gives the article its own URL; the editor then shows it as saved and live
  await expect(page).toHaveURL(/\/admin\/articles\/c[a-z0-9]+$/);
  await expect(page.getByRole("button", { name: "Update" })).toBeVisible();
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible();
  const db = e2eDb();
  try {
    const row = db.prepare(`SELECT status, visibility, publishedAt, searchText, readingMinutes FROM "Article" WHERE slug = ?`).get(`budget-outlook-${run}`) as Record<string, unknown>;
    expect(row).toMatchObject({ status: "published", visibility: "members", searchText: `budget outlook ${run} where the money goes.` });
    expect(row.publishedAt).toBeTruthy();
    const audit = db.prepare(`SELECT count(*) n FROM "AuditLog" WHERE entityType = 'Article' AND action = 'article.create'`).get() as { n: number };
    expect(audit.n).toBeGreaterThan(0);
  } finally {
    db.close();
  }
  await page.goto(`/admin/articles?q=${run}`);
  await expect(page.getByRole("link", { name: `Budget outlook ${run}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: new RegExp(`Budget outlook ${run}`) }).locator(".badge-members")).toHaveText("Members");
});

test("an editor composes an issue, previews both email variants and sends a test email", async ({ page }) => {
  recordActions(page);
  await login(page, EDITOR, { role: "editor" });
  await page.goto("/admin/issues");
  await page.getByRole("button", { name: "New issue" }).click();
  await expect(page).toHaveURL(/\/admin\/issues\/c[a-z0-9]+$/);
  await page.getByLabel("Subject").fill(`Outlook test ${run}`);
  await page.getByLabel("Preheader").fill("Two sections, one for members.");
  const first = page.getByRole("group", { name: "Section 1" });
  await first.getByLabel("Heading").fill("For everyone");
  await first.getByLabel("Body (Markdown)").fill(`PUBLIC-SECTION-${run} is open to all.`);
  await page.getByRole("button", { name: "+ Members-only section" }).click();
  const second = page.getByRole("group", { name: "Section 2" });
  await second.getByLabel("Heading").fill("Members briefing");
  await second.getByLabel("Body (Markdown)").fill(`A teaser sentence.\n\nMEMBERS-SECTION-${run} is for members only.`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  // Side by side: web page, free email, member email (sandboxed iframes).
  await expect(page.getByTestId("preview-web")).toContainText(`PUBLIC-SECTION-${run}`);
  const free = page.getByTestId("preview-free");
  const member = page.getByTestId("preview-member");
  await expect(free).toHaveAttribute("sandbox", "");
  await expect.poll(async () => (await free.getAttribute("srcdoc")) ?? "").toContain(`PUBLIC-SECTION-${run}`);
  expect(await free.getAttribute("srcdoc")).not.toContain(`MEMBERS-SECTION-${run}`);
  expect(await member.getAttribute("srcdoc")).toContain(`MEMBERS-SECTION-${run}`);
  await expect(page.frameLocator('[data-testid="preview-free"]').getByText("A teaser sentence.")).toBeVisible();

  // Test email, both variants, to the editor's own address.
  await page.getByLabel(/Send a test email to/).selectOption("both");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText(`Sent both variants to ${EDITOR}.`)).toBeVisible();
  const freeMail = await waitForMail(EDITOR, new RegExp(`\\[Test · free subscriber\\] Outlook test ${run}`));
  const memberMail = await waitForMail(EDITOR, new RegExp(`\\[Test · member\\] Outlook test ${run}`));
  expect(freeMail.html).toContain(`PUBLIC-SECTION-${run}`);
  expect(freeMail.html).not.toContain(`MEMBERS-SECTION-${run}`);
  expect(freeMail.text).not.toContain(`MEMBERS-SECTION-${run}`);
  expect(memberMail.html).toContain(`MEMBERS-SECTION-${run}`);

  // Publish to the web archive; the Send… link leads to the send pipeline's page.
  await page.getByRole("button", { name: "Publish to web archive" }).click();
  await expect(page.getByText("Published to the web archive.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Send to subscribers…" })).toHaveAttribute("href", /\/admin\/issues\/c[a-z0-9]+\/send$/);
});

test("Publish pressed while an autosave is in flight is not lost, and creates no second article", async ({ page }) => {
  await login(page, EDITOR, { role: "editor" });
  // Hold every server action for a moment so the click lands while the autosave is still running.
  await page.route("**/admin/articles/**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto("/admin/articles/new");
  const title = `Race ${run}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Excerpt").fill("Two saves at once.");
  await page.getByLabel("Body (Markdown)").fill("Body text.");
  await page.getByRole("group", { name: "Authors" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Topics" }).getByRole("checkbox").first().check();
  await expect(page.getByText("Saving draft…")).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Update" })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/admin\/articles\/c[a-z0-9]+$/);
  const db = e2eDb();
  try {
    const rows = db.prepare(`SELECT status FROM "Article" WHERE title = ?`).all(title) as { status: string }[];
    expect(rows).toEqual([{ status: "published" }]);
  } finally {
    db.close();
  }
});

test("deleting an article asks first, then removes it", async ({ page }) => {
  await login(page, EDITOR, { role: "editor" });
  const id = `cdel${run}`;
  const db = e2eDb();
  try {
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO "Article" (id, slug, title, excerpt, body, visibility, status, readingMinutes, searchText, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'public', 'draft', 1, '', ?, ?)`).run(
      id, `to-delete-${run}`, `To delete ${run}`, "Gone soon.", "Body.", now, now,
    );
  } finally {
    db.close();
  }
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("button", { name: "Delete article…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “To delete ${run}”?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete article…" }).click();
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\?deleted=1$/);
  const check = e2eDb();
  try {
    expect(check.prepare(`SELECT count(*) n FROM "Article" WHERE id = ?`).get(id)).toEqual({ n: 0 });
  } finally {
    check.close();
  }
});

const XSS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `<svg onload="window.__xss=1"></svg>`,
  `[click](javascript:window.__xss=1)`,
  `<a href="javascript:window.__xss=1">a</a>`,
  `<iframe src="javascript:window.__xss=1"></iframe>`,
  `"><img src=x onerror=window.__xss=1>`,
  `<details open ontoggle="window.__xss=1">`,
].join("\n\n");

/** Live markup that could run script: an event-handler attribute inside a tag, a script or iframe tag, a javascript: URL. */
const DANGEROUS = /<[^>]*\son[a-z]+\s*=|<script|<iframe|(href|src)\s*=\s*["']?\s*javascript:/i;

async function assertNoXss(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  for (const frame of page.frames()) {
    const hit = await frame.evaluate(() => (window as unknown as { __xss?: number }).__xss).catch(() => undefined);
    expect(hit).toBeUndefined();
  }
}

test("XSS corpus through every editor text field executes nowhere: admin, previews, email", async ({ page }) => {
  recordActions(page);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await login(page, EDITOR, { role: "editor" });
  const oneLine = `X${run} <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>`;

  // Article: title, excerpt, body, teaser.
  await page.goto("/admin/articles/new");
  await page.getByLabel("Title").fill(oneLine);
  await page.getByLabel("Excerpt").fill(oneLine);
  await page.getByLabel("Body (Markdown)").fill(XSS);
  await page.getByLabel("Members (every subscriber, signed in)").check();
  await page.getByLabel("Public teaser (Markdown, optional)").fill(XSS);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/c[a-z0-9]+$/);
  await page.reload();
  await expect(page.getByTestId("article-preview")).toContainText("click");
  expect(await page.getByTestId("article-preview").innerHTML()).not.toMatch(DANGEROUS);
  await assertNoXss(page);
  await page.goto(`/admin/articles?q=x${run}`);
  await expect(page.getByRole("link", { name: new RegExp(`X${run}`) })).toBeVisible();
  await assertNoXss(page);

  // Issue: subject, preheader, section heading, body, teaser.
  await page.goto("/admin/issues");
  await page.getByRole("button", { name: "New issue" }).click();
  await expect(page).toHaveURL(/\/admin\/issues\/c[a-z0-9]+$/);
  await page.getByLabel("Subject").fill(oneLine);
  await page.getByLabel("Preheader").fill(oneLine);
  const s1 = page.getByRole("group", { name: "Section 1" });
  await s1.getByLabel("Heading").fill(oneLine);
  await s1.getByLabel("Body (Markdown)").fill(XSS);
  await s1.getByLabel("Visibility").selectOption("members");
  await s1.getByLabel("Teaser for readers below this level (optional)").fill(XSS);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("preview-web")).toContainText("click");
  expect(await page.getByTestId("preview-web").innerHTML()).not.toMatch(DANGEROUS);
  await assertNoXss(page);
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText(/^Sent both variants/)).toBeVisible();
  const mail = await waitForMail(EDITOR, /\[Test · member\] X/);
  expect(mail.subject).toContain("<img"); // shown as text in the subject line, not markup
  expect(mail.html).not.toMatch(DANGEROUS);

  // Member: name and note.
  await page.goto("/admin/members/new");
  await page.getByLabel("Email address").fill(`xss-${run}@example.com`);
  // a name with markup brackets is refused at the boundary (the text rule), with the reason on the field
  await page.getByLabel("Name (optional)").fill(oneLine);
  await page.getByLabel("Note (only editors see it)").fill(oneLine);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("A name cannot contain < or > characters.")).toBeVisible();
  await assertNoXss(page);
  // the note keeps the markup, as text
  await page.getByLabel("Email address").fill(`xss-${run}@example.com`);
  await page.getByLabel("Name (optional)").fill(`X${run} Tester`);
  await page.getByLabel("Note (only editors see it)").fill(oneLine);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Member added.")).toBeVisible();
  await assertNoXss(page);
  await page.goto(`/admin/members?q=xss-${run}`);
  await assertNoXss(page);
  await page.goto("/admin");
  await assertNoXss(page);
  expect(dialogs).toEqual([]);
});

test("admin settings: an admin saves, tests SMTP, and XSS in settings stays text", async ({ page }) => {
  recordActions(page);
  await login(page, "admin@example.com", { role: "admin" });
  await page.goto("/admin/settings");
  await page.getByLabel("Description").fill(`<img src=x onerror="window.__xss=1"> Policy ${run}`);
  await page.getByLabel("Postal address (printed in every email footer)").fill(`Vinohradská 12 <script>window.__xss=1</script>`);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.getByRole("button", { name: "Test the connection" }).click();
  await expect(page.getByTestId("smtp-result")).toContainText(/Connected to 127\.0\.0\.1:\d+/);
  await page.reload();
  await assertNoXss(page);
  // the footer address reaches emails as text
  await login(page, EDITOR, { role: "editor" });
  await page.goto("/admin/issues");
  await page.getByRole("link", { name: /^Outlook test/ }).first().click();
  await page.getByLabel(/Send a test email to/).selectOption("free");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText(/^Sent the free variant/)).toBeVisible();
  const mail = await waitForMail(EDITOR, /\[Test · free subscriber\] Outlook test/);
  expect(mail.html).not.toMatch(/<script/i);
  // restore the default footer for other specs
  await login(page, "admin@example.com", { role: "admin" });
  await page.goto("/admin/settings");
  await page.getByLabel("Description").fill("Independent analysis of politics, economy and society in Central and Eastern Europe.");
  await page.getByLabel("Postal address (printed in every email footer)").fill("Weekly Outlook, Vinohradská 12, 120 00 Prague 2, Czech Republic");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
});

test("CSV import through the admin: preview, mapping, report with bad lines; export", async ({ page }) => {
  recordActions(page);
  await login(page, EDITOR, { role: "editor" });
  await page.goto("/admin/members/import");
  const csv = `\ufeffEmail;Name\nimp1-${run}@example.com;One\nIMP1-${run}@EXAMPLE.COM;Dup\nnope;Bad\nimp2-${run}@example.com;"Two; Jr."\n`;
  await page.getByLabel(/CSV file/).setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("heading", { name: "First rows" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Two; Jr." })).toBeVisible();
  await expect(page.getByLabel("The first row is a header")).toBeChecked();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/4 rows read/)).toBeVisible();
  await expect(page.getByText(/2 new members/)).toBeVisible();
  await expect(page.getByTestId("import-errors")).toContainText("Line 4: not an email address: nope");
  const res = await page.request.get(`/admin/members/export?q=${run}`);
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toContain(`imp1-${run}@example.com,One,active`);
  expect(body).toContain(`"Two; Jr."`);
});

const ROUTES = [
  "/admin", "/admin/articles", "/admin/articles/new", "/admin/issues", "/admin/members", "/admin/members/new", "/admin/members/import",
  "/admin/members/export", "/admin/comments", "/admin/settings", "/admin/mailbox",
];

test("anonymous visitors are sent to sign in from every admin route, action and upload", async ({ page }) => {
  for (const path of ROUTES) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect([303, 307, 308], path).toContain(res.status());
    expect(res.headers()["location"], path).toContain("/signin");
  }
  const up = await page.request.post("/admin/members/import/upload", { data: "email\na@b.c\n", maxRedirects: 0 });
  expect(up.status()).not.toBe(200);
  expect(actionCalls.size).toBeGreaterThan(5);
  for (const [id, call] of actionCalls) {
    const res = await page.request.post(call.url, { headers: { "Next-Action": id, "Content-Type": call.contentType }, data: call.body, maxRedirects: 0 });
    // a server action answers a redirect() with 200 and an x-action-redirect header the client follows
    expect(res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "", `action ${id}`).toContain("/signin");
  }
});

test("readers and members get 403 on every admin route, action and upload; editors on settings", async ({ page }) => {
  for (const who of [{ email: `reader-${run}@example.com`, opts: {} }, { email: `member-${run}@example.com`, opts: { member: true } }]) {
    await page.context().clearCookies();
    await login(page, who.email, who.opts);
    for (const path of ROUTES) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), `${who.email} ${path}`).toBe(403);
    }
    const up = await page.request.post("/admin/members/import/upload", { data: "email\na@b.c\n", maxRedirects: 0 });
    expect(up.status()).toBe(403);
    for (const [id, call] of actionCalls) {
      const res = await page.request.post(call.url, { headers: { "Next-Action": id, "Content-Type": call.contentType }, data: call.body, maxRedirects: 0 });
      expect(res.status(), `${who.email} action ${id}`).toBe(403);
    }
  }
  await page.context().clearCookies();
  await login(page, `plain-editor-${run}@example.com`, { role: "editor" });
  expect((await page.request.get("/admin/settings")).status()).toBe(403);
  // nothing the replayed actions attempted went through
  const db = e2eDb();
  try {
    const n = db.prepare(`SELECT count(*) n FROM "AuditLog" WHERE actorId IN (SELECT id FROM "Member" WHERE email LIKE ? OR email LIKE ?)`).get(`reader-${run}%`, `member-${run}%`) as { n: number };
    expect(n.n).toBe(0);
  } finally {
    db.close();
  }
});

test("screenshots of the dashboard, article editor and issue editor (desktop and 375 px)", async ({ page }) => {
  await login(page, EDITOR, { role: "editor" });
  for (const [w, h, tag] of [[1366, 900, "desktop"], [375, 812, "mobile"]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/admin");
    await page.screenshot({ path: `.tmp/e2e/shots/dashboard-${tag}.png`, fullPage: true });
    await page.goto(`/admin/articles?q=${run}`);
    await page.getByRole("link", { name: `Budget outlook ${run}` }).click();
    await expect(page.getByTestId("article-preview")).toContainText("MEMBERS-ONLY-ARTICLE");
    await page.screenshot({ path: `.tmp/e2e/shots/article-${tag}.png`, fullPage: true });
    await page.goto("/admin/issues");
    await page.getByRole("link", { name: `Outlook test ${run}` }).click();
    await expect(page.getByTestId("preview-web")).toContainText("PUBLIC-SECTION");
    await page.screenshot({ path: `.tmp/e2e/shots/issue-${tag}.png`, fullPage: true });
    await page.goto("/admin/members");
    await page.screenshot({ path: `.tmp/e2e/shots/members-${tag}.png`, fullPage: true });
  }
});
