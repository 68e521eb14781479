// Membership people can actually get: a visitor becomes a member from an article in one flow and
// reads its members text on the next view; a free member meets a supporters' section with the
// support call to action, never "Sign in".
import { articles } from "../../prisma/seed-data/content";
import { expect, login, test, waitForMail } from "../support/e2e";
import { ensureMembersFixture, FIXTURE, PAID_MARKER } from "../support/members-fixture";

const membersArticle = articles.find((a) => a.status === "published" && a.visibility === "members")!;
const lastParagraph = (markdown: string) => markdown.trim().split(/\n\s*\n/).at(-1)!.replace(/[*_>#`]/g, "").slice(0, 40);

test.beforeAll(() => {
  ensureMembersFixture();
});

test("a visitor subscribes from a members-only article, confirms, and reads it on the next view", async ({ page }) => {
  const email = `e2e-become-${Date.now()}@example.com`;
  const path = `/articles/${membersArticle.slug}`;
  const tail = lastParagraph(membersArticle.body);
  await page.goto(path);
  await expect(page.getByText(tail)).toHaveCount(0);
  const box = page.getByRole("complementary", { name: "Members only" });
  await box.getByRole("link", { name: "Become a member" }).click();
  await expect(page).toHaveURL(/\/subscribe\?next=/);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByTestId("subscribe-status")).toContainText("Check your inbox");

  const mail = await waitForMail(email, /Confirm your subscription/);
  const link = /https?:\/\/[^\s>\]"]+\/subscribe\/confirm\?token=[^\s>\]"]+/.exec(mail.text)![0];
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("heading", { name: /you are a member/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "signed in on this device" })).toContainText(email);

  await page.getByRole("link", { name: "Continue reading" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByText(tail)).toBeVisible();
  await expect(page.locator(".members-box")).toHaveCount(0);
});

test("a free member meets a supporters' section with the support call to action, never Sign in", async ({ page }) => {
  await login(page, `e2e-free-member-${Date.now()}@example.com`, { subscribed: true });
  await page.goto(`/archive/${FIXTURE.issueNumber}#section-${FIXTURE.paidSectionId}`);
  const box = page.locator(`section:has(#section-${FIXTURE.paidSectionId}) .members-box`);
  await expect(box.getByRole("link", { name: "Support us to read this" })).toHaveAttribute("href", /^\/support\?next=/);
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(page.getByText(PAID_MARKER)).toHaveCount(0);
  // The members section of the same issue is open to them.
  await expect(page.getByText("The hidden part:")).toBeVisible();
});
