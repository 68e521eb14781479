// (The changed subject keeps "Confirm your subscription": subscribe.spec may run meanwhile.)
// Emails as designed, in a real browser: the admin edits the confirmation email with a live preview at
// 600 and 375 px; a subscriber then gets those words; the issue preview shows each email at its real
// width with the real sender, subject and preheader; and sent HTML (confirmation, welcome, both issue
// variants) is rendered by Chromium at 600 and 375 px — screenshots, and no sideways scrolling.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { e2eDb, expect, login, test, waitForMail } from "../support/e2e";
import type { CapturedMessage } from "../support/smtp-capture";

const run = Date.now().toString(36);
const shots = path.resolve(".tmp", "e2e", "screenshots");
const ADMIN = "admin@example.com";

test.describe.configure({ mode: "serial" });

/** Renders a sent message's HTML in Chromium at a client width: screenshot, and it must fit. */
async function renderSent(page: Page, mail: CapturedMessage, name: string) {
  for (const width of [600, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(mail.html, { waitUntil: "load" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, `email-${name}-${width}.png`), fullPage: true });
  }
}

test("the admin edits the confirmation email with a live preview, and subscribers get those words", async ({ page }) => {
  await login(page, ADMIN, { role: "admin" });
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "Edit the welcome and confirmation emails →" }).click();
  await expect(page.getByRole("heading", { name: "Welcome and confirmation emails", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Confirmation email text" });
  await form.getByLabel("Subject").fill(`Confirm your subscription, {{name}} ${run}`);
  await form.getByLabel("Text (Markdown)").fill(`Hello {{name}},\n\nOne click and **{{newsletters}}** is yours. CONFIRM-COPY-${run}`);
  const frame = page.getByTestId("preview-confirm");
  await expect.poll(async () => (await frame.getAttribute("srcdoc")) ?? "").toContain(`CONFIRM-COPY-${run}`);
  const envelope = page.getByTestId("preview-confirm-envelope");
  await expect(envelope).toContainText(`Confirm your subscription, Jana ${run}`);
  await expect(envelope).toContainText("newsletter@weekly-outlook.localhost");
  await expect(frame).toHaveCSS("width", "600px");
  const confirmSection = page.locator("section", { has: form });
  await confirmSection.getByRole("button", { name: "Phone · 375 px" }).click();
  await expect(frame).toHaveCSS("width", "375px");
  await expect(confirmSection.getByRole("button", { name: "Phone · 375 px" })).toHaveAttribute("aria-pressed", "true");
  await confirmSection.getByRole("button", { name: "Show the plain-text part" }).click();
  await expect(page.getByTestId("preview-confirm-text")).toContainText(`One click and Weekly Outlook is yours. CONFIRM-COPY-${run}`);
  // The frames hold email HTML (sandboxed, checked by rendering below); axe checks the admin page around them.
  expect((await new AxeBuilder({ page }).exclude(".email-preview__stage").analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: path.join(shots, "admin-email-copy-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 375, height: 900 });
  await page.screenshot({ path: path.join(shots, "admin-email-copy-375.png") });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await form.getByRole("button", { name: "Save confirmation email" }).click();
  await expect(form.getByRole("status")).toHaveText("Confirmation email saved.");

  // A bad subject is refused with a message beside the field.
  await form.getByLabel("Subject").fill(" ");
  await form.getByRole("button", { name: "Save confirmation email" }).click();
  await expect(form.getByRole("alert")).toBeVisible();

  // The saved words reach a new subscriber; the HTML renders at both widths.
  await page.context().clearCookies();
  const email = `design-${run}@example.com`;
  await page.goto("/subscribe");
  await page.getByLabel("Email address").first().fill(email);
  await page.getByRole("button", { name: "Subscribe" }).first().click();
  const confirm = await waitForMail(email, new RegExp(`Confirm your subscription, there ${run}`));
  expect(confirm.html).toContain(`CONFIRM-COPY-${run}`);
  expect(confirm.text).toContain(`One click and Weekly Outlook is yours. CONFIRM-COPY-${run}`);
  await renderSent(page, confirm, "confirmation");

  const link = /https?:\/\/[^\s<>"]+\/subscribe\/confirm\?token=[^\s<>"]+/.exec(confirm.text)![0];
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  const welcome = await waitForMail(email, /Welcome to/);
  await renderSent(page, welcome, "welcome");
});

test("the issue preview shows each email at its real width with sender, subject and preheader; sent variants render at 600 and 375", async ({ page }) => {
  await login(page, "editor@example.com", { role: "editor" });
  const db = e2eDb();
  const issue = db.prepare(`SELECT id, subject, preheader FROM "Issue" ORDER BY number ASC LIMIT 1`).get() as { id: string; subject: string; preheader: string };
  db.close();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/admin/issues/${issue.id}`);
  const free = page.getByTestId("preview-free");
  await expect.poll(async () => (await free.getAttribute("srcdoc")) ?? "").toContain("</html>");
  const envelope = page.getByTestId("preview-free-envelope");
  await expect(envelope).toContainText("Weekly Outlook");
  await expect(envelope).toContainText("newsletter@weekly-outlook.localhost");
  await expect(envelope).toContainText(issue.subject);
  if (issue.preheader) await expect(envelope).toContainText(issue.preheader);
  await expect(free).toHaveCSS("width", "600px");
  await page.getByRole("button", { name: "Phone · 375 px" }).click();
  await expect(free).toHaveCSS("width", "375px");
  await page.getByRole("tab", { name: "Member" }).click();
  await expect(page.getByTestId("preview-member")).toBeVisible();
  await expect(page.getByTestId("preview-member")).toHaveCSS("width", "375px");
  await expect(free).toBeHidden();
  // keyboard: arrows move between the variant tabs
  await page.getByRole("tab", { name: "Member" }).press("ArrowLeft");
  await expect(page.getByRole("tab", { name: "Free subscriber" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Free subscriber" })).toHaveAttribute("aria-selected", "true");
  expect((await new AxeBuilder({ page }).include(".email-preview").exclude(".email-preview__stage").analyze()).violations).toEqual([]);
  await page.locator(".email-preview").screenshot({ path: path.join(shots, "issue-preview-375.png") });
  await page.getByRole("button", { name: "Desktop · 600 px" }).click();
  await page.locator(".email-preview").screenshot({ path: path.join(shots, "issue-preview-600.png") });

  await page.getByLabel(/Send a test email to/).selectOption("both");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText("Sent both variants to editor@example.com.")).toBeVisible();
  const esc = issue.subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const freeMail = await waitForMail("editor@example.com", new RegExp(`\\[Test · free subscriber\\] ${esc}`));
  const memberMail = await waitForMail("editor@example.com", new RegExp(`\\[Test · member\\] ${esc}`));
  await renderSent(page, freeMail, "issue-free");
  await renderSent(page, memberMail, "issue-member");
});

test.afterAll(async () => {
  const db = e2eDb();
  db.prepare(`DELETE FROM "Setting" WHERE key IN ('confirmSubject', 'confirmBody')`).run();
  db.close();
});
