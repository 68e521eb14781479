// First-run setup (issue 11 item 1): a real site's empty database gets a one-time owner setup, never
// demo staff. Runs on its own fresh, empty database (not the seeded test database).
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestDatabase } from "../support/test-db";
import { isDemoMode } from "@/lib/server/demo-mode.mjs";

const engine = (process.env.TEST_DB ?? "sqlite") as "sqlite" | "postgres";
process.env.DATABASE_URL = await prepareTestDatabase(engine, `${engine}_setup_${process.env.VITEST_POOL_ID ?? "0"}`, true);
const { db } = await import("@/lib/server/db");
const { checkSetupToken, completeSetup, isSetupOpen, issueSetupToken, SETUP_REFUSALS } = await import("@/lib/setup/setup");
const { getSettings } = await import("@/lib/settings/settings");
const { DEMO_ACCOUNTS } = await import("@/prisma/seed");

afterAll(async () => {
  await db.$disconnect();
});

const input = (owner: string, start: "empty" | "sample" = "empty") => ({
  publicationName: "The Baltic Review",
  description: "Politics and economy of the Baltic states.",
  ownerEmail: owner,
  ownerName: "Olga Owner",
  senderName: "The Baltic Review",
  senderEmail: "news@baltic-review.example",
  postalAddress: "Pikk 1, 10123 Tallinn, Estonia",
  start,
});

/** Everything a refused setup must leave unchanged. */
async function snapshot() {
  return {
    members: await db.member.count(),
    newsletters: await db.newsletter.count(),
    articles: await db.article.count(),
    settings: (await db.setting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } })).map((s) => `${s.key}=${s.value}`),
  };
}

describe("demo mode", () => {
  it("is the embedded default on loopback, or DEMO=1; anything else is a real site", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "file:./data/weekly-outlook.db", APP_URL: "http://localhost:3000" })).toBe(true);
    expect(isDemoMode({ APP_URL: "http://127.0.0.1:8080" })).toBe(true);
    expect(isDemoMode({ APP_URL: "https://news.example.org" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "file:/srv/pub.db" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://db/pub" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://db/pub", DEMO: "1" })).toBe(true);
    expect(isDemoMode({ DEMO: "0" })).toBe(false);
  });
});

describe("first-run setup", () => {
  it("an empty database is open for setup and has no demo staff", async () => {
    expect(await isSetupOpen()).toBe(true);
    expect(await db.member.count()).toBe(0);
  });

  it("a guessed, malformed or missing token is refused and changes nothing", async () => {
    const real = await issueSetupToken();
    expect(real).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const before = await snapshot();
    const guessed = randomBytes(32).toString("base64url");
    expect(await checkSetupToken(guessed)).toBe("invalid");
    for (const token of [guessed, "short", "", null, real + "x"]) {
      const r = await completeSetup(input("guess@baltic-review.example"), { token });
      expect(r).toEqual({ ok: false, reason: "invalid", message: SETUP_REFUSALS.invalid });
    }
    expect(await snapshot()).toEqual(before);
    expect(await checkSetupToken(real)).toBe("valid");
  });

  it("bad input is a field error; the token is not spent", async () => {
    const token = await issueSetupToken();
    const before = await snapshot();
    const r = await completeSetup({ ...input("not-an-address"), postalAddress: " ", start: "demo" }, { token });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== "input") throw new Error("expected field errors");
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["ownerEmail", "postalAddress", "start"]);
    expect(await snapshot()).toEqual(before);
    expect(await checkSetupToken(token)).toBe("valid");
  });

  it("two setups at once with two tokens: exactly one owner; then every token is refused", async () => {
    const [t1, t2] = [await issueSetupToken(), await issueSetupToken()];
    const results = await Promise.all([
      completeSetup(input("Olga@Baltic-Review.example", "sample"), { token: t1 }),
      completeSetup(input("other@baltic-review.example", "sample"), { token: t2 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "closed", message: SETUP_REFUSALS.closed }]);

    const admins = await db.member.findMany({ where: { role: "admin" }, select: { email: true } });
    expect(admins).toHaveLength(1);
    expect(["olga@baltic-review.example", "other@baltic-review.example"]).toContain(admins[0]!.email);
    // sample content, but none of the demo accounts
    expect(await db.article.count({ where: { status: "published" } })).toBeGreaterThan(10);
    expect(await db.member.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })).toBe(0);
    expect(await db.member.count({ where: { role: { in: ["admin", "editor"] } } })).toBe(1);
    expect(await db.comment.count()).toBe(0);
    expect((await db.newsletter.findFirstOrThrow({ select: { name: true } })).name).toBe("The Baltic Review");
    const s = await getSettings();
    expect([s.publicationName, s.senderEmail, s.postalAddress]).toEqual(["The Baltic Review", "news@baltic-review.example", "Pikk 1, 10123 Tallinn, Estonia"]);
    expect(await db.setting.count({ where: { key: { startsWith: "setup.token." } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "setup.complete" } })).toBe(1);

    // reused tokens, a new token, the CLI: all refused, nothing changed
    expect(await isSetupOpen()).toBe(false);
    expect(await issueSetupToken()).toBeNull();
    const before = await snapshot();
    for (const token of [t1, t2]) {
      expect(await checkSetupToken(token)).toBe("closed");
      expect(await completeSetup(input("late@baltic-review.example"), { token })).toMatchObject({ ok: false, reason: "closed" });
    }
    expect(await completeSetup(input("late@baltic-review.example"), { cli: true })).toMatchObject({ ok: false, reason: "closed" });
    expect(await snapshot()).toEqual(before);
  });
});
