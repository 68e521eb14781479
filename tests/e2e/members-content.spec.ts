// Gated text never leaks: marker strings in a members-level and a paid-level article and issue
// section are absent from every public surface for viewers below their level; readers at the level
// get them per viewer. Signed-in readers below a level are offered what they lack, never "Sign in".
import type { Page } from "@playwright/test";
import { expect, login, test } from "../support/e2e";
import { ensureMembersFixture, FIXTURE, MARKER, PAID_MARKER } from "../support/members-fixture";

test.beforeAll(() => {
  ensureMembersFixture();
});

const articlePath = `/articles/${FIXTURE.articleSlug}`;
const paidPath = `/articles/${FIXTURE.paidSlug}`;
const issuePath = `/archive/${FIXTURE.issueNumber}`;
const apiArticle = `/api/members-content/articles/${FIXTURE.articleSlug}`;
const apiPaid = `/api/members-content/articles/${FIXTURE.paidSlug}`;
const apiSection = `/api/members-content/issues/${FIXTURE.issueNumber}/sections/${FIXTURE.sectionId}`;
const apiPaidSection = `/api/members-content/issues/${FIXTURE.issueNumber}/sections/${FIXTURE.paidSectionId}`;

const SURFACES: { name: string; url: string; headers?: Record<string, string> }[] = [
  { name: "article HTML", url: articlePath },
  { name: "article RSC payload", url: articlePath, headers: { RSC: "1" } },
  { name: "paid article HTML", url: paidPath },
  { name: "paid article RSC payload", url: paidPath, headers: { RSC: "1" } },
  { name: "issue HTML", url: issuePath },
  { name: "issue RSC payload", url: issuePath, headers: { RSC: "1" } },
  { name: "home", url: "/" },
  { name: "archive", url: "/archive" },
  { name: "RSS", url: "/feed.xml" },
  { name: "sitemap", url: "/sitemap.xml" },
  { name: "search for the title", url: `/search?q=${encodeURIComponent("leak test")}` },
  { name: "comments API", url: `/api/comments?article=${FIXTURE.articleSlug}` },
  { name: "comments API (paid)", url: `/api/comments?article=${FIXTURE.paidSlug}` },
  { name: "members-content API (article)", url: apiArticle },
  { name: "members-content API (paid article)", url: apiPaid },
  { name: "members-content API (section)", url: apiSection },
  { name: "members-content API (paid section)", url: apiPaidSection },
];

async function assertNoMarker(page: Page, who: string, markers: string[]) {
  // Searching for the marker itself: the page echoes the query, so look for the articles instead.
  for (const [m, slug] of [[MARKER, FIXTURE.articleSlug], [PAID_MARKER, FIXTURE.paidSlug]] as const) {
    if (!markers.includes(m)) continue;
    const search = await (await page.request.get(`/search?q=${encodeURIComponent(m)}`)).text();
    expect(search.includes(`/articles/${slug}`), `${who}: a gated body is searchable`).toBe(false);
  }
  for (const s of SURFACES) {
    const res = await page.request.get(s.url, { headers: s.headers });
    const body = await res.text();
    expect(res.status(), `${who}: ${s.name}`).toBeLessThan(500);
    for (const m of markers) expect(body.includes(m), `${who}: ${m} leaked in ${s.name}`).toBe(false);
  }
}

test("anonymous: no marker on any public surface; the teaser and the way in are", async ({ page }) => {
  await assertNoMarker(page, "anonymous", [MARKER, PAID_MARKER]);
  const html = await (await page.request.get(articlePath)).text();
  expect(html).toContain("The public opening paragraph");
  expect(html).toMatch(/<meta property="og:description"/);
  expect((await page.request.get(apiArticle)).status()).toBe(401);

  await page.goto(issuePath);
  const box = page.locator(`section:has(#section-${FIXTURE.sectionId}) .members-box`);
  await expect(box).toBeVisible();
  // The sign-in link deep-links back to this very section; "Become a member" leads to subscribing.
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    `/signin?callbackUrl=${encodeURIComponent(`${issuePath}#section-${FIXTURE.sectionId}`)}`,
  );
  await expect(box.getByRole("link", { name: "Become a member" })).toHaveAttribute("href", /^\/subscribe\?next=/);
  const paidBox = page.locator(`section:has(#section-${FIXTURE.paidSectionId}) .members-box`);
  await expect(paidBox.getByRole("link", { name: "Support us to read this" })).toBeVisible();
});

test("reader (signed in, not subscribed): no marker anywhere, offered Subscribe, never Sign in", async ({ page }) => {
  await login(page, "leak-reader@example.com");
  await assertNoMarker(page, "reader", [MARKER, PAID_MARKER]);
  const api = await page.request.get(apiArticle);
  expect(api.status()).toBe(403);
  expect(await api.json()).toMatchObject({ need: "members" });
  await page.goto(articlePath);
  const box = page.locator(".members-box");
  await expect(box.getByRole("link", { name: "Subscribe" })).toBeVisible();
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(page.getByText(MARKER)).toHaveCount(0);
});

test("free member (subscriber): members text arrives, paid text never; a paid piece offers support", async ({ page }) => {
  await login(page, "leak-subscriber@example.com", { subscribed: true });
  await assertNoMarker(page, "free member", [PAID_MARKER]);
  expect(await (await page.request.get(apiSection)).text()).toContain(MARKER);
  expect((await page.request.get(apiPaid)).status()).toBe(403);
  await page.goto(articlePath);
  await expect(page.getByText(`The members-only part: ${MARKER} is the secret.`)).toBeVisible();
  await page.goto(paidPath);
  const box = page.locator(".members-box");
  await expect(box.getByRole("link", { name: "Support us to read this" })).toBeVisible();
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(page.getByText(PAID_MARKER)).toHaveCount(0);
});

test("supporter: the full text of both levels arrives per viewer, never in a shared response", async ({ page, browser }) => {
  await login(page, "leak-member@example.com", { member: true });
  const api = await page.request.get(apiArticle);
  expect(api.status()).toBe(200);
  expect(await api.text()).toContain(MARKER);
  expect(api.headers()["cache-control"]).toContain("no-store");
  expect(api.headers()["cache-control"]).toContain("private");
  expect(api.headers()["vary"]).toMatch(/cookie/i);
  expect(await (await page.request.get(apiSection)).text()).toContain(MARKER);
  expect(await (await page.request.get(apiPaidSection)).text()).toContain(PAID_MARKER);

  await page.goto(articlePath);
  await expect(page.getByText(`The members-only part: ${MARKER} is the secret.`)).toBeVisible();
  await page.goto(paidPath);
  await expect(page.getByText(`The paid part: ${PAID_MARKER} is the secret.`)).toBeVisible();
  await page.goto(`${issuePath}#section-${FIXTURE.sectionId}`);
  await expect(page.getByText(`The hidden part: ${MARKER}.`)).toBeVisible();

  // After a supporter's visit, what the cache serves to anonymous people is still the teaser.
  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await assertNoMarker(anonPage, "anonymous after a supporter's visit", [MARKER, PAID_MARKER]);
  await anon.close();
});
