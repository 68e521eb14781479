// The Content-Security-Policy (lib/server/csp-policy.mjs) is on every page, and no page breaks it:
// no securitypolicyviolation event and no CSP console error on the public site, sign-in, the account,
// the admin and the admin's email previews (sandboxed srcdoc iframes inherit the policy).
import { e2eDb, expect, login, test } from "../support/e2e";
import type { Page } from "@playwright/test";

type Seen = { violations: string[]; console: string[] };

async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { violations: [], console: [] };
  await page.exposeFunction("__cspViolation", (v: string) => void seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.console.push(m.text());
  });
  return seen;
}

function firstRow<T>(sql: string): T | undefined {
  const db = e2eDb();
  try {
    return db.prepare(sql).get() as T | undefined;
  } finally {
    db.close();
  }
}

test("every response carries the policy", async ({ request }) => {
  for (const path of ["/", "/signin", "/admin", "/api/health"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
  }
});

test("the public site and sign-in live with the policy", async ({ page }) => {
  test.setTimeout(180_000); // each page renders on its first request
  const seen = await watch(page);
  const article = firstRow<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'published' ORDER BY publishedAt DESC LIMIT 1`);
  const issue = firstRow<{ number: number }>(`SELECT number FROM "Issue" WHERE status IN ('published', 'sent') ORDER BY number DESC LIMIT 1`);
  const paths = ["/", "/archive", "/search?q=europe", "/subscribe", "/signin", "/topics", "/authors"];
  if (article) paths.push(`/articles/${article.slug}`);
  if (issue) paths.push(`/archive/${issue.number}`);
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("load");
  }
  expect(seen.violations).toEqual([]);
  expect(seen.console).toEqual([]);
});

test("the account and the admin, with its email previews, live with the policy", async ({ page }) => {
  test.setTimeout(180_000);
  const seen = await watch(page);
  await login(page, "csp-reader@example.com");
  await page.goto("/account");
  await page.waitForLoadState("load");
  await page.context().clearCookies();
  await login(page, "csp-editor@example.com", { role: "editor" });
  for (const path of ["/admin", "/admin/articles", "/admin/articles/new", "/admin/issues", "/admin/members", "/admin/comments"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
  }
  const issue = firstRow<{ id: string }>(`SELECT id FROM "Issue" ORDER BY number DESC LIMIT 1`);
  if (issue) {
    await page.goto(`/admin/issues/${issue.id}`);
    const free = page.getByTestId("preview-free");
    await expect(free).toBeVisible({ timeout: 20_000 });
    await expect.poll(async () => ((await free.getAttribute("srcdoc")) ?? "").length).toBeGreaterThan(100);
    await page.waitForLoadState("load");
  }
  expect(seen.violations).toEqual([]);
  expect(seen.console).toEqual([]);
});
