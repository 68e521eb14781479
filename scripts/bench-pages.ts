// Page benchmark against an already running production server (BASE_URL, default http://localhost:3000):
// requests/s and latency for the home page, the first public article and a members-only article (as a
// visitor, and as a member: page plus members text), plus the gzipped JS that the article page loads.
// Run `npm run build && npm start` (or `next start`) first.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
// autocannon ships no types; declare the part used here.
// @ts-expect-error -- untyped CommonJS package
import autocannonUntyped from "autocannon";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
const autocannon = autocannonUntyped as (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

const BASE_URL = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
  return res.text();
}

/** The first public article: the newest feed item without members-only status (feed items carry content:encoded only when public). */
async function firstPublicArticlePath(): Promise<string> {
  const feed = await text(`${BASE_URL}/feed.xml`);
  for (const item of feed.split("<item>").slice(1)) {
    const link = /<link>([^<]+)<\/link>/.exec(item)?.[1];
    if (link && item.includes("<content:encoded>")) return new URL(link).pathname;
  }
  const home = await text(`${BASE_URL}/`);
  const href = /href="(\/articles\/[^"#?]+)"/.exec(home)?.[1];
  if (!href) throw new Error("no article found in /feed.xml or on the home page");
  return href;
}

/** Gzipped bytes of every script the page loads. nomodule scripts are listed apart: modern browsers skip them. */
async function pageJs(path: string) {
  const html = await text(`${BASE_URL}${path}`);
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .map((attrs) => ({ src: /\bsrc="([^"]+)"/.exec(attrs)?.[1], nomodule: /\bnomodule\b/i.test(attrs) }))
    .filter((s): s is { src: string; nomodule: boolean } => Boolean(s.src));
  let loaded = 0;
  let nomodule = 0;
  const files: { src: string; gzip: number; nomodule: boolean }[] = [];
  for (const s of scripts) {
    const body = Buffer.from(await (await fetch(new URL(s.src.replace(/&amp;/g, "&"), `${BASE_URL}/`))).arrayBuffer());
    const gz = gzipSync(body).length;
    files.push({ src: s.src, gzip: gz, nomodule: s.nomodule });
    if (s.nomodule) nomodule += gz;
    else loaded += gz;
  }
  return { loaded, nomodule, files };
}

/** The newest members-only article: a feed item without content:encoded. */
async function firstMembersArticlePath(): Promise<string | null> {
  const feed = await text(`${BASE_URL}/feed.xml`);
  for (const item of feed.split("<item>").slice(1)) {
    const link = /<link>([^<]+)<\/link>/.exec(item)?.[1];
    if (link && !item.includes("<content:encoded>")) return new URL(link).pathname;
  }
  return null;
}

/**
 * A member's session cookie, made directly in the server's SQLite database (BENCH_DATABASE_FILE,
 * default data/weekly-outlook.db) for the seeded member@example.com; null when there is none.
 */
function memberCookie(): { cookie: string; done: () => void } | null {
  const file = process.env.BENCH_DATABASE_FILE ?? "data/weekly-outlook.db";
  try {
    const db = new Database(file, { fileMustExist: true });
    const m = db.prepare(`SELECT id FROM "Member" WHERE email = 'member@example.com'`).get() as { id: string } | undefined;
    if (!m) return null;
    const token = randomBytes(32).toString("hex");
    const id = `bench${randomBytes(8).toString("hex")}`;
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO "Session" (id, sessionToken, memberId, expires, createdAt) VALUES (?, ?, ?, ?, ?)`).run(id, token, m.id, new Date(Date.now() + 3600_000).toISOString(), now);
    return { cookie: `next-auth.session-token=${token}`, done: () => { db.prepare(`DELETE FROM "Session" WHERE id = ?`).run(id); db.close(); } };
  } catch {
    return null;
  }
}

async function bench(label: string, path: string, headers?: Record<string, string>) {
  const url = `${BASE_URL}${path}`;
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const row = {
    page: label,
    path,
    "req/s": Math.round(r.requests.average),
    "p50 ms": r.latency.p50,
    "p99 ms": r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
  console.log(JSON.stringify(row));
  return row;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const articlePath = await firstPublicArticlePath();
console.log(`bench:pages against ${BASE_URL} — ${CONNECTIONS} connections, ${DURATION} s per page`);
// Warm-up: fill the server's caches and let the JIT settle on both pages before measuring either.
for (const path of ["/", articlePath]) await autocannon({ url: `${BASE_URL}${path}`, connections: CONNECTIONS, duration: 5 });
const rows = [await bench("home", "/"), await bench("article", articlePath)];
// A members-only article: the cached page as a visitor; as a member, the page and the per-viewer
// request that brings the members text (docs/decisions/0008) — a member's view costs both.
const membersPath = await firstMembersArticlePath();
if (membersPath) {
  rows.push(await bench("members article (visitor)", membersPath));
  const session = memberCookie();
  if (session) {
    try {
      const headers = { cookie: session.cookie };
      const apiPath = `/api/members-content${membersPath}`;
      await autocannon({ url: `${BASE_URL}${apiPath}`, connections: CONNECTIONS, duration: 3, headers });
      rows.push(await bench("members article (member): page", membersPath, headers));
      rows.push(await bench("members article (member): members text", apiPath, headers));
    } finally {
      session.done();
    }
  } else console.log("no member session (set BENCH_DATABASE_FILE to the server's SQLite file): member view skipped");
}
console.table(rows);
const js = await pageJs(articlePath);
for (const f of js.files) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.src}${f.nomodule ? "  (nomodule: not loaded by modern browsers)" : ""}`);
console.log(`article page JS, gzipped: ${kb(js.loaded)} loaded by modern browsers; ${kb(js.loaded + js.nomodule)} counting nomodule polyfills`);
