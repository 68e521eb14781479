// `npm run test:fuzz`: the bad-input suite. Against a production build served on a free port, with a
// fresh seeded database (SQLite, or PostgreSQL with FUZZ_DB=postgres and TEST_POSTGRES_URL), it sends
// every discovered page, route handler and server action its bad inputs as every role, and fails on any
// 5xx, any response that hands out a session, any members-only marker in a response to someone who is
// not a member, a server restart, or an inconsistent database afterwards. Prints the counts.
//   FUZZ_CONCURRENCY (default 4)  FUZZ_ALL_ROLES=1 (every probe as every role; default: 30 per endpoint
//   as every role, the rest as one role each in turn)  FUZZ_ONLY=substring (endpoints whose name matches)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { builtSourceHash, sourceHash } from "../../scripts/source-hash.mjs";
import { MARKER } from "../support/fixture-ids";
import { assertLocalDatabase, pgTestPrefix } from "../support/test-db";
import { actionProbes, pageProbes, routeProbes, type Probe } from "./corpus";
import { checkConsistency, ensureMembersFixture, knownValues, openDb, ROLES, sessionFor, sessionOwner, type Role } from "./db";
import { discoverActions, discoverRoutes, type Endpoint } from "./discover";

process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = process.cwd();
const tmp = path.resolve(".tmp", "fuzz");
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const ALL_ROLES = process.env.FUZZ_ALL_ROLES === "1";
const PER_ROLE = 30;
const AUTH_SECRET = "fuzz-secret-fuzz-secret-fuzz-secret-0123456789";
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token$/;
/** Roles that must never see members-only text. */
const NOT_MEMBERS: Role[] = ["visitor", "reader"];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], env: Record<string, string>): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status})`);
}

async function freshDatabase(): Promise<string> {
  mkdirSync(tmp, { recursive: true });
  if (process.env.FUZZ_DB === "postgres") {
    const base = process.env.TEST_POSTGRES_URL;
    if (!base) throw new Error("FUZZ_DB=postgres needs TEST_POSTGRES_URL");
    assertLocalDatabase(base);
    const name = `${pgTestPrefix()}fuzz`;
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const file = path.join(tmp, "fuzz.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  return `file:${file}`;
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string } | { error: string };

function send(port: number, probe: Probe, cookie: string | null): Promise<Reply> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...(probe.headers ?? {}) };
    if (headers["content-type"] === "") delete headers["content-type"];
    if (cookie) headers.cookie = cookie;
    if (probe.body && !probe.chunked) headers["content-length"] = String(probe.body.length);
    let settled = false;
    const done = (r: Reply) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    const req = http.request({ host: "127.0.0.1", port, method: probe.method, path: probe.target, headers, agent: false, timeout: 120_000 }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        size += c.length;
        if (size <= 8 * 1024 * 1024) chunks.push(c);
      });
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", (e) => done({ status: res.statusCode ?? 0, headers: res.headers, body: `(body cut: ${e.message})` }));
    });
    req.on("timeout", () => {
      req.destroy();
      done({ error: "timeout" });
    });
    // a server that answers before reading the whole body (413, 411) may close the socket under our write
    req.on("error", (e) => setTimeout(() => done({ error: e.message }), 50));
    if (probe.body) {
      if (probe.chunked) {
        req.write(probe.body.subarray(0, 1));
        req.write(probe.body.subarray(1));
      } else req.write(probe.body);
    }
    req.end();
  });
}

type Health = { ok: boolean; boot?: string };

async function health(port: number): Promise<Health | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    return (await res.json()) as Health;
  } catch {
    return null;
  }
}

function endpointName(e: Endpoint): string {
  return e.kind === "action" ? `action ${e.name} (${e.file})` : `${e.kind} ${e.file}`;
}

type Failure = { kind: "5xx" | "no response" | "session" | "leak"; endpoint: string; role: Role; probe: string; detail: string };

async function main() {
  const started = Date.now();
  // 1. the build: reused when it is of this code (npm test builds it just before)
  if (!existsSync(".next/BUILD_ID") || builtSourceHash() !== sourceHash()) {
    if (process.env.FUZZ_NO_BUILD === "1") throw new Error("the production build is missing or older than the code (FUZZ_NO_BUILD=1)");
    console.log("[fuzz] building (no production build of this code yet)");
    run("node", ["scripts/build.mjs"], {});
  }
  // 2. a fresh, seeded database and the server
  const databaseUrl = await freshDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    // the demo content and accounts (decision 50): real pages, slugs and ids for the inputs to reach
    DEMO: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: base,
    AUTH_SECRET,
    RATE_LIMIT_SUBSCRIBE_PER_IP: "1000000",
    RATE_LIMIT_SUBSCRIBE_PER_EMAIL: "1000000",
    RATE_LIMIT_SIGNIN_PER_IP: "1000000",
    RATE_LIMIT_SIGNIN_PER_EMAIL: "1000000",
    UPLOAD_DIR: path.join(tmp, "uploads"),
  };
  run("node", ["scripts/prisma.mjs", "prepare"], env);
  const db = await openDb(databaseUrl);
  await ensureMembersFixture(db);
  const log = openSync(path.join(tmp, "server.log"), "w");
  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", log, log],
  });
  let exited: string | null = null;
  server.on("exit", (code, signal) => (exited = `exited (code ${code}, signal ${signal})`));
  const stop = () => server.exitCode === null && server.kill("SIGTERM");
  process.on("exit", stop);
  let first: Health | null = null;
  for (let i = 0; i < 240 && !first?.ok; i++) {
    if (exited) throw new Error(`the server ${exited}; see ${path.join(tmp, "server.log")}`);
    await new Promise((r) => setTimeout(r, 500));
    first = await health(port);
  }
  if (!first?.ok || !first.boot) throw new Error("the server did not become healthy (or /api/health has no boot id)");
  const pid = server.pid;
  console.log(`[fuzz] ${db.engine} database, server pid ${pid} on ${base}, boot ${first.boot}`);

  // 3. what to attack
  const known = await knownValues(db);
  const endpoints: Endpoint[] = [...discoverRoutes(root), ...discoverActions(root)].filter((e) => !process.env.FUZZ_ONLY || endpointName(e).includes(process.env.FUZZ_ONLY));
  const host = `127.0.0.1:${port}`;

  // 4. send
  const counts = { requests: 0, byClass: {} as Record<string, number>, byKind: {} as Record<string, Record<string, number>>, byRole: {} as Record<string, number> };
  const failures: Failure[] = [];
  const probesPer: number[] = [];
  let rotation = 0;
  for (const e of endpoints) {
    const probes = e.kind === "page" ? pageProbes(e, known) : e.kind === "route" ? routeProbes(e, known) : await actionProbes(e, known, host);
    probesPer.push(probes.length);
    // fresh sessions per endpoint: an action may have signed a role out or deleted its account
    const cookies: Record<Role, string | null> = { visitor: null, reader: null, member: null, editor: null, admin: null };
    const tokens = new Set<string>();
    for (const role of ROLES) {
      if (role === "visitor") continue;
      const { token } = await sessionFor(db, role);
      tokens.add(token);
      cookies[role] = `next-auth.session-token=${token}`;
    }
    // the first PER_ROLE probes (spread over the list) go to every role, the others to one role in turn
    const stride = Math.max(1, Math.floor(probes.length / PER_ROLE));
    const jobs: { probe: Probe; role: Role }[] = [];
    probes.forEach((probe, i) => {
      if (ALL_ROLES || (!probe.heavy && i % stride === 0 && i / stride < PER_ROLE)) for (const role of ROLES) jobs.push({ probe, role });
      else jobs.push({ probe, role: ROLES[rotation++ % ROLES.length]! });
    });
    const name = endpointName(e);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { probe, role } = jobs[next++]!;
        const reply = await send(port, probe, cookies[role]);
        counts.requests++;
        counts.byRole[role] = (counts.byRole[role] ?? 0) + 1;
        const kindCounts = (counts.byKind[e.kind] ??= {});
        if ("error" in reply) {
          counts.byClass.none = (counts.byClass.none ?? 0) + 1;
          kindCounts.none = (kindCounts.none ?? 0) + 1;
          failures.push({ kind: "no response", endpoint: name, role, probe: probe.label, detail: `${probe.method} ${probe.target.slice(0, 120)}: ${reply.error}` });
          continue;
        }
        const cls = `${Math.floor(reply.status / 100)}xx`;
        counts.byClass[cls] = (counts.byClass[cls] ?? 0) + 1;
        kindCounts[cls] = (kindCounts[cls] ?? 0) + 1;
        kindCounts.total = (kindCounts.total ?? 0) + 1;
        if (reply.status >= 500) failures.push({ kind: "5xx", endpoint: name, role, probe: probe.label, detail: `${probe.method} ${probe.target.slice(0, 120)} → ${reply.status}` });
        const setCookie = reply.headers["set-cookie"] ?? [];
        for (const c of setCookie) {
          const [pair, ...attrs] = c.split(";");
          const eq = pair!.indexOf("=");
          const cname = pair!.slice(0, eq).trim();
          const value = pair!.slice(eq + 1).trim();
          if (!SESSION_COOKIE.test(cname) || value === "") continue;
          const clearing = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
          if (clearing || tokens.has(value)) continue; // a sign-out, or the requester's own session refreshed
          const owner = await sessionOwner(db, value);
          failures.push({ kind: "session", endpoint: name, role, probe: probe.label, detail: `${probe.method} ${probe.target.slice(0, 120)} set a session cookie (member ${owner ?? "unknown"})` });
        }
        if (NOT_MEMBERS.includes(role) && reply.body.includes(MARKER)) failures.push({ kind: "leak", endpoint: name, role, probe: probe.label, detail: `${probe.method} ${probe.target.slice(0, 120)} → ${reply.status} shows the members-only marker` });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const bad = failures.filter((f) => f.endpoint === name).length;
    console.log(`[fuzz] ${name}: ${probes.length} inputs, ${jobs.length} requests${bad ? `, ${bad} FAILED` : ""}`);
  }

  // 5. afterwards: the same process, still healthy; a consistent database
  const last = await health(port);
  const sameProcess = !exited && server.exitCode === null && last?.ok === true && last.boot === first.boot;
  const consistency = await checkConsistency(db);
  await db.close();
  stop();

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log("\n━━ bad-input suite ━━");
  console.log(`endpoints: ${endpoints.length} (${["page", "route", "action"].map((k) => `${endpoints.filter((e) => e.kind === k).length} ${k}s`).join(", ")}); inputs per endpoint: min ${Math.min(...probesPer)}, max ${Math.max(...probesPer)}`);
  console.log(`requests: ${counts.requests} in ${seconds}s; by status: ${Object.entries(counts.byClass).sort().map(([k, v]) => `${k} ${v}`).join(", ")}`);
  for (const [kind, c] of Object.entries(counts.byKind)) console.log(`  ${kind}s: ${Object.entries(c).sort().map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`by role: ${Object.entries(counts.byRole).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const of = (k: Failure["kind"]) => failures.filter((f) => f.kind === k);
  console.log(`5xx: ${of("5xx").length}; no response: ${of("no response").length}; sessions handed out: ${of("session").length}; members-only leaks: ${of("leak").length}`);
  console.log(`server: pid ${pid}, ${sameProcess ? "never restarted (same boot id)" : `RESTARTED OR DOWN (${exited ?? `boot ${last?.boot ?? "?"}`})`}`);
  console.log(`database (${databaseUrl.startsWith("file:") ? "sqlite" : "postgres"}): ${consistency.ok ? "consistent" : "INCONSISTENT"}`);
  for (const d of consistency.details) console.log(`  ${d}`);
  if (failures.length) {
    console.log("\nfailures (first 60):");
    for (const f of failures.slice(0, 60)) console.log(`  [${f.kind}] ${f.endpoint} as ${f.role}: ${f.probe} — ${f.detail}`);
    console.log(`server log: ${path.join(tmp, "server.log")}`);
  }
  const checks = [of("5xx").length === 0, of("no response").length === 0, of("session").length === 0, of("leak").length === 0, sameProcess, consistency.ok];
  const passed = checks.filter(Boolean).length;
  console.log(`\nfuzz checks: ${passed} passed, ${checks.length - passed} failed`);
  process.exit(passed === checks.length ? 0 : 1);
}

main().catch((e) => {
  console.error("[fuzz]", e instanceof Error ? e.message : e);
  process.exit(1);
});
