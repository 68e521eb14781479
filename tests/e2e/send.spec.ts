// An editor sends an issue: the confirmation shows the counts, progress reaches 100% without a reload,
// and every subscriber's email arrives at the SMTP capture.
import { randomBytes } from "node:crypto";
import { e2eDb, expect, login, mailsTo, test } from "../support/e2e";

const id = () => "c" + randomBytes(12).toString("hex");

function seedIssueWithSubscribers(n: number) {
  const db = e2eDb();
  try {
    const now = new Date().toISOString();
    const nl = db.prepare(`SELECT id FROM "Newsletter" ORDER BY "createdAt" LIMIT 1`).get() as { id: string };
    const tag = randomBytes(4).toString("hex");
    const max = db.prepare(`SELECT COALESCE(MAX(number), 0) AS m FROM "Issue" WHERE "newsletterId" = ?`).get(nl.id) as { m: number };
    const issueId = id();
    db.prepare(`INSERT INTO "Issue" (id, "newsletterId", number, subject, preheader, status, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)`).run(
      issueId, nl.id, max.m + 1000, `E2E send ${tag}`, "e2e", now, now,
    );
    db.prepare(`INSERT INTO "IssueSection" (id, "issueId", position, heading, body, visibility) VALUES (?, ?, 0, 'Briefing', 'Public text ${tag}.', 'public')`).run(id(), issueId);
    db.prepare(`INSERT INTO "IssueSection" (id, "issueId", position, heading, body, visibility) VALUES (?, ?, 1, 'Analysis', 'Teaser.\n\nMembers only ${tag}.', 'members')`).run(id(), issueId);
    const addresses: string[] = [];
    for (let i = 0; i < n; i++) {
      const memberId = id();
      const email = `send-${tag}-${i}@e2e-send.test`;
      addresses.push(email);
      db.prepare(`INSERT INTO "Member" (id, email, role, "membershipTier", "createdAt", "updatedAt") VALUES (?, ?, 'reader', ?, ?, ?)`).run(memberId, email, i === 0 ? "member" : "free", now, now);
      db.prepare(`INSERT INTO "Subscription" (id, "memberId", "newsletterId", status, source, "createdAt", "updatedAt", "confirmedAt") VALUES (?, ?, ?, 'active', 'admin', ?, ?, ?)`).run(
        id(), memberId, nl.id, now, now, now,
      );
    }
    return { issueId, tag, addresses };
  } finally {
    db.close();
  }
}

test("an editor sends an issue and watches it reach 100%", async ({ page }) => {
  const { issueId, tag, addresses } = seedIssueWithSubscribers(12);
  await login(page, `send-editor-${tag}@example.com`, { role: "editor" });
  await page.goto(`/admin/issues/${issueId}/send`);
  await expect(page.getByRole("heading", { name: new RegExp(`E2E send ${tag}`) })).toBeVisible();
  const total = Number(await page.getByTestId("count-total").textContent());
  expect(total).toBeGreaterThanOrEqual(12);
  await page.getByRole("checkbox", { name: /Send this issue now/ }).check();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/admin\/sends\/[^/]+$/);
  await expect(page.getByTestId("send-progress")).toHaveAttribute("data-percent", "100", { timeout: 30_000 });
  await expect(page.getByTestId("send-status")).toHaveText("sent", { timeout: 30_000 });
  for (const a of addresses) {
    await expect.poll(async () => (await mailsTo(a)).filter((m) => m.subject === `E2E send ${tag}`).length, { timeout: 20_000 }).toBe(1);
  }
  const member = (await mailsTo(addresses[0]!))[0]!;
  const free = (await mailsTo(addresses[1]!))[0]!;
  expect(member.text).toContain(`Members only ${tag}`);
  expect(free.text).not.toContain(`Members only ${tag}`);
  expect(free.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // a second send of the same issue is refused with a clear message
  await page.goto(`/admin/issues/${issueId}/send`);
  await expect(page.getByText("This issue has been sent.")).toBeVisible();
});
