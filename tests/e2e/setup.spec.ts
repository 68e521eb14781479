// First-run setup through the browser (issue 11 item 1): a second server on its own empty, non-demo
// database prints a one-time setup link; the form creates the owner; the link then refuses.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

const dir = path.resolve(".tmp", "e2e-setup");
const dbFile = path.join(dir, "site.db");
let server: ChildProcess | undefined;
let base = "";
let setupUrl = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // not the demo: a database outside data/ (DEMO=0 even though the e2e run sets DEMO=1)
  const env = { ...process.env, DEMO: "0", DATABASE_URL: `file:${dbFile}`, APP_URL: base, PORT: String(port), WORKER_IN_PROCESS: "false", SMTP_URL: "" };
  const prep = spawnSync("node", ["scripts/prisma.mjs", "prepare"], { env, encoding: "utf8" });
  expect(prep.status, prep.stderr).toBe(0);
  expect(prep.stdout).toContain("no demo content");
  // its own process group, so afterAll stops next-server too (not only the npx wrapper)
  server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  setupUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no setup link in the log:\n${log}`)), 150_000);
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/setup\?token=[A-Za-z0-9_-]{43})/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    server!.stdout!.on("data", onData);
    server!.stderr!.on("data", onData);
  });
});

test.afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

test("an empty real site has no demo content and no demo staff", async ({ page }) => {
  const res = await page.goto(`${base}/`);
  expect(res?.status()).toBe(200);
  const db = new Database(dbFile, { readonly: true });
  try {
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Member"`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Article"`).get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});

test("without the token, or with a guessed one, the setup refuses", async ({ page }) => {
  for (const url of [`${base}/setup`, `${base}/setup?token=${"a".repeat(43)}`]) {
    await page.goto(url);
    await expect(page.getByTestId("setup-invalid")).toContainText("not valid");
    await expect(page.locator("form")).toHaveCount(0);
  }
});

test("the printed link sets up the owner and sample content, then closes", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(setupUrl);
  await expect(page.getByRole("heading", { name: "Set up your publication" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: path.join(dir, "setup-desktop.png"), fullPage: true });

  await page.getByLabel("Publication name").fill("The Baltic Review");
  await page.getByLabel("Your email address (the owner)").fill("not an address");
  await page.getByLabel("Sender name").fill("The Baltic Review");
  await page.getByLabel("Sender address").fill("news@baltic-review.example");
  await page.getByLabel("Postal address").fill("Pikk 1, 10123 Tallinn, Estonia");
  await page.getByLabel(/Sample articles/).check();
  await page.getByRole("button", { name: "Set up the publication" }).click();
  await expect(page.getByTestId("setup-error")).toContainText("highlighted");
  await expect(page.getByLabel("Your email address (the owner)")).toHaveAttribute("aria-invalid", "true");

  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: path.join(dir, "setup-375-error.png"), fullPage: true });
  await page.getByLabel("Your email address (the owner)").fill("Olga@Baltic-Review.example");
  await page.getByRole("button", { name: "Set up the publication" }).click();
  // seeding the sample content takes a few seconds on a loaded machine
  await expect(page.getByTestId("setup-done")).toContainText("sample content is published", { timeout: 60_000 });
  await page.screenshot({ path: path.join(dir, "setup-375-done.png"), fullPage: true });

  // the link is spent: reloading it refuses
  await page.goto(setupUrl);
  await expect(page.getByTestId("setup-closed")).toContainText("already set up");

  // the site shows the new publication and its sample content
  await page.goto(`${base}/`);
  await expect(page.locator("header").first()).toContainText("The Baltic Review");
  await expect(page.locator("article, .article-card").first()).toBeVisible();

  const db = new Database(dbFile, { readonly: true });
  try {
    expect(db.prepare(`SELECT email FROM "Member" WHERE role IN ('admin', 'editor')`).all()).toEqual([{ email: "olga@baltic-review.example" }]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Member" WHERE email IN ('admin@example.com', 'editor@example.com')`).get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
