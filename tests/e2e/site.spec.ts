// The public site end to end: reading journey, feed and sitemap, 404s, members-only teasers, accessibility.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { articles } from "../../prisma/seed-data/content";
import { expect, test } from "../support/e2e";

const hidden = articles.filter((a) => a.status !== "published");
const draft = articles.find((a) => a.status === "draft")!;
const scheduled = articles.find((a) => a.status === "scheduled")!;
const membersArticle = articles.find((a) => a.status === "published" && a.visibility === "members")!;
const lastParagraph = (markdown: string) => markdown.trim().split(/\n\s*\n/).at(-1)!.replace(/[*_>#`]/g, "").slice(0, 40);

/** Parses XML with the browser's DOMParser: returns the root element name, or null when not well-formed. */
async function parseXml(page: Page, xml: string): Promise<string | null> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return doc.getElementsByTagName("parsererror").length > 0 ? null : doc.documentElement.nodeName;
  }, xml);
}

test("a reader walks from the home page through an article, topic, author and the archive", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: /Weekly Outlook/ })).toBeVisible();
  await page.locator(".article-list h3 a").first().click();
  await expect(page).toHaveURL(/\/articles\//);
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  expect(title?.length).toBeGreaterThan(0);
  await expect(page.locator("script[type='application/ld+json']")).toHaveCount(1);
  const comments = page.getByRole("region", { name: /comment/i });
  await expect(comments).toContainText("To view or add a comment, sign in.");
  await expect(comments.getByRole("link", { name: "sign in" })).toHaveAttribute("href", /\/signin\?callbackUrl=/);

  const articleUrl = page.url();
  await page.locator(".tag-list a").first().click();
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto(articleUrl);
  await page.locator(".byline a[href^='/authors/']").first().click();
  await expect(page).toHaveURL(/\/authors\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { name: /^Articles by / })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/archive$/);
  await page.locator(".issue-list a").first().click();
  await expect(page).toHaveURL(/\/archive\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a topic longer than a page has working Older/Newer links; page 1 stays at the plain URL", async ({ page, request }) => {
  const politics = articles.filter((a) => a.status === "published" && a.daysAgo >= 0 && a.topicSlugs.includes("politics"));
  const res = await page.goto("/topics/politics");
  expect(res?.status()).toBe(200);
  const pager = page.getByRole("navigation", { name: "Pages of articles on Politics" });
  await expect(pager).toContainText("Page 1 of 2");
  await expect(pager.getByRole("link", { name: /Newer/ })).toHaveCount(0);
  const firstPageSlugs = await page.locator(".article-list h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

  await pager.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/topics\/politics\?page=2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politics, page 2");
  await expect(pager).toContainText("Page 2 of 2");
  await expect(pager.getByRole("link", { name: /Older/ })).toHaveCount(0);
  const secondPageSlugs = await page.locator(".article-list h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  // At least the seed's articles (the admin spec may publish one more into a topic meanwhile).
  expect(firstPageSlugs.length + secondPageSlugs.length).toBeGreaterThanOrEqual(politics.length);
  expect(secondPageSlugs.filter((href) => firstPageSlugs.includes(href))).toEqual([]);
  await expect(page.locator("link[rel='canonical']")).toHaveAttribute("href", /\/topics\/politics\?page=2$/);

  await pager.getByRole("link", { name: /Newer/ }).click();
  await expect(page).toHaveURL(/\/topics\/politics$/);
  await expect(pager).toContainText("Page 1 of 2");

  for (const path of ["/topics/politics?page=3", "/topics/politics?page=0", "/topics/politics?page=99999", "/topics/no-such-topic?page=2", "/authors/nobody?page=2"]) {
    const r = await request.get(path);
    expect([path, r.status()]).toEqual([path, 404]);
  }
  // ?page=1 is not a second URL for page 1: it redirects to the plain one.
  await page.goto("/topics/politics?page=1");
  await expect(page).toHaveURL(/\/topics\/politics$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politics");
});

test("the RSS feed and the sitemap are well-formed and list published items only", async ({ page, request }) => {
  await page.goto("/");
  const feed = await request.get("/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("xml");
  const feedXml = await feed.text();
  expect(await parseXml(page, feedXml)).toBe("rss");

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const sitemapXml = await sitemap.text();
  expect(await parseXml(page, sitemapXml)).toBe("urlset");

  const firstPublished = articles.find((a) => a.status === "published" && a.daysAgo >= 0)!;
  expect(sitemapXml).toContain(`/articles/${firstPublished.slug}`);
  for (const a of hidden) {
    expect(feedXml).not.toContain(`/articles/${a.slug}<`);
    expect(sitemapXml).not.toContain(`/articles/${a.slug}<`);
  }
  // Members-only bodies stay out of the feed: the excerpt is there, the body is not.
  expect(feedXml).toContain(`/articles/${membersArticle.slug}`);
  expect(feedXml).not.toContain(lastParagraph(membersArticle.body));
});

test("unknown URLs, drafts, scheduled articles and bad parameters are 404s, never 500s", async ({ page, request }) => {
  const res = await page.goto("/no-such-page-here");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /couldn.t find that page/i })).toBeVisible();
  await expect(page.getByRole("search")).toBeVisible();

  for (const path of [`/articles/${draft.slug}`, `/articles/${scheduled.slug}`, "/archive/abc", "/archive/0", "/archive/99999", "/topics/no-such-topic", "/authors/nobody", "/?page=99999"]) {
    const r = await request.get(path);
    expect([path, r.status()]).toEqual([path, 404]);
  }
  for (const path of ["/?page=abc", "/?page=-1", "/archive?page=%00", "/search?q=%25%27%22", "/search?q=x&page=abc"]) {
    const r = await request.get(path);
    expect([path, r.status()]).toEqual([path, 200]);
  }
});

test("a members-only article shows its teaser and the members box, not the body", async ({ page }) => {
  const res = await page.goto(`/articles/${membersArticle.slug}`);
  expect(res?.status()).toBe(200);
  const html = await res!.text();
  expect(html).not.toContain(lastParagraph(membersArticle.body));
  await expect(page.getByRole("heading", { name: "This article is for members." })).toBeVisible();
  const box = page.getByRole("complementary", { name: "Members only" });
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    `/signin?callbackUrl=${encodeURIComponent(`/articles/${membersArticle.slug}`)}`,
  );
  await expect(box.getByRole("link", { name: "Become a member" })).toHaveAttribute("href", `/subscribe?next=${encodeURIComponent(`/articles/${membersArticle.slug}`)}`);
  const ld = await page.locator("script[type='application/ld+json']").textContent();
  expect(ld).not.toContain(lastParagraph(membersArticle.body));
});

for (const path of ["/", "/articles/" + articles.find((a) => a.status === "published" && a.visibility === "public")!.slug]) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}
