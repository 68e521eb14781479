// Comments end to end: anonymous sees the count and a sign-in prompt; readers post, reply and edit
// within 15 minutes; markup is shown as text; editors hide; reports are recorded.
import { e2eDb, expect, login, test } from "../support/e2e";
import { ensureMembersFixture, FIXTURE } from "../support/members-fixture";

test.beforeAll(() => {
  ensureMembersFixture();
});

const path = `/articles/${FIXTURE.publicSlug}`;

test("comments: post, reply, edit window, script as text, editor hides, report, anonymous prompt", async ({ page, browser }) => {
  // Anonymous: only the prompt.
  await page.goto(path);
  const comments = page.locator("#comments");
  await expect(comments.getByText("To view or add a comment,")).toBeVisible();
  await expect(comments.getByRole("link", { name: "sign in" })).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`${path}#comments`)}`);
  await expect(page.getByPlaceholder("Add a comment")).toHaveCount(0);

  // A reader posts a comment with markup and a URL.
  const tag = Date.now().toString(36);
  await login(page, `commenter-${tag}@example.com`);
  await page.goto(path);
  const text = `Hello ${tag} <script>window.__pwned = 1</script> see https://example.org/${tag}.`;
  await page.getByPlaceholder("Add a comment").fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  const first = page.locator("li.comment", { hasText: `Hello ${tag}` }).first();
  await expect(first.locator(".comment__body").first()).toContainText("<script>window.__pwned = 1</script>");
  // Its text changes below (edit): hold on to it by id.
  const mine = page.locator(`#${await first.getAttribute("id")}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(mine.getByRole("link", { name: `https://example.org/${tag}` })).toHaveAttribute("rel", /nofollow/);

  // Reply (one level).
  await mine.getByRole("button", { name: "Reply" }).click();
  await mine.getByPlaceholder(/Reply to/).fill(`Reply ${tag}`);
  await mine.getByRole("button", { name: "Post reply" }).click();
  await expect(page.locator(".comment-list--replies li.comment", { hasText: `Reply ${tag}` })).toBeVisible();

  // Edit within the window.
  await mine.getByRole("button", { name: "Edit" }).first().click();
  await mine.getByPlaceholder("Edit your comment").fill(`Edited ${tag}`);
  await mine.getByRole("button", { name: "Save" }).click();
  await expect(mine.locator(":scope > article > .comment__meta")).toContainText("edited");

  // After 15 minutes: no edit any more.
  const db = e2eDb();
  try {
    db.prepare(`UPDATE "Comment" SET createdAt = ? WHERE body = ?`).run(new Date(Date.now() - 20 * 60_000).toISOString(), `Edited ${tag}`);
  } finally {
    db.close();
  }
  await page.reload();
  const old = page.locator("li.comment", { hasText: `Edited ${tag}` }).first();
  await expect(old.locator(".comment__body").first()).toBeVisible();
  await expect(old.locator(":scope > article .comment__actions").getByRole("button", { name: "Edit" })).toHaveCount(0);

  // Another reader reports it.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await login(other, `reporter-${tag}@example.com`);
  await other.goto(path);
  const target = other.locator("li.comment", { hasText: `Edited ${tag}` }).first();
  await target.locator(":scope > article").getByRole("button", { name: "Report" }).click();
  await expect(target.locator(":scope > article").getByText("Reported")).toBeVisible();

  // An editor hides it; readers no longer see it.
  const edCtx = await browser.newContext();
  const ed = await edCtx.newPage();
  await login(ed, `moderator-${tag}@example.com`, { role: "editor" });
  await ed.goto(path);
  const forEditor = ed.locator("li.comment", { hasText: `Edited ${tag}` }).first();
  await forEditor.locator(":scope > article").getByRole("button", { name: "Hide" }).click();
  await expect(forEditor.locator(":scope > article .badge", { hasText: "Hidden" })).toBeVisible();
  await other.reload();
  await expect(other.locator("#comments")).toBeVisible();
  await expect(other.getByText(`Edited ${tag}`)).toHaveCount(0);

  // Anonymous: the count is visible, the text is not.
  const anonCtx = await browser.newContext();
  const anon = await anonCtx.newPage();
  await anon.goto(path);
  await expect(anon.locator("#comments h2")).toHaveText(/comment/);
  await expect(anon.getByText(`Reply ${tag}`)).toHaveCount(0);
  await Promise.all([otherCtx.close(), edCtx.close(), anonCtx.close()]);
});
