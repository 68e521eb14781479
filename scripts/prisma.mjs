// Database commands: `generate` (both clients), `migrate` (apply pending SQL migrations to
// DATABASE_URL), `prepare` (migrate, and seed a new database), `status`, and `new <name>` (write the next migration for both engines by diffing
// the schema against the snapshot of the last migration; the PostgreSQL diff connects to a local
// server — TEST_POSTGRES_URL or 127.0.0.1/test — but changes nothing there).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { applyMigrations, DEFAULT_DATABASE_URL, MigrationChecksumError, migrationStatus } from "../lib/server/migrations.mjs";
import { isDemoMode } from "../lib/server/demo-mode.mjs";

process.env.CHECKPOINT_DISABLE = "1";
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const PG_URL_FOR_CLI = "postgresql://localhost:5432/unused";
const SNAPSHOT = "prisma/migrations/schema.snapshot.prisma";
const [cmd, arg] = process.argv.slice(2);

// A changed applied migration stops `db:migrate`, `prepare` (so `npm start`) and `status` with the reason, not a stack.
process.on("unhandledRejection", (e) => {
  if (!(e instanceof MigrationChecksumError)) throw e;
  console.error(`\n[db] ${e.message}\n`);
  process.exit(1);
});

function prisma(args, env = {}) {
  return execFileSync("npx", ["prisma", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
}

function generate() {
  execFileSync("node", ["scripts/pg-schema.mjs"], { stdio: "inherit" });
  mkdirSync("data", { recursive: true });
  prisma(["generate", "--no-hints"], { DATABASE_URL: DEFAULT_DATABASE_URL, PRISMA_SCHEMA: "prisma/schema.prisma" });
  prisma(["generate", "--no-hints"], { DATABASE_URL: PG_URL_FOR_CLI, PRISMA_SCHEMA: "prisma/postgres/schema.prisma" });
  console.log("generated Prisma clients for sqlite and postgres in lib/generated/");
}

function diff(engine) {
  const schema = engine === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma";
  const env = engine === "sqlite"
    ? { DATABASE_URL: DEFAULT_DATABASE_URL, PRISMA_SCHEMA: schema }
    : { DATABASE_URL: process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test", PRISMA_SCHEMA: schema };
  let from = ["--from-empty"];
  if (existsSync(SNAPSHOT)) {
    const snap = `data/.snapshot-${engine}.prisma`;
    let text = execFileSync("cat", [SNAPSHOT], { encoding: "utf8" });
    if (engine === "postgres") text = text.replace('provider = "sqlite"', 'provider = "postgresql"');
    writeFileSync(snap, text);
    from = ["--from-schema-datamodel", snap];
  }
  return prisma(["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], env);
}

if (cmd === "generate") {
  generate();
} else if (cmd === "migrate") {
  const done = await applyMigrations(url, { log: (l) => console.log(l) });
  console.log(done.length ? `migrated (${done.length} applied)` : "database is up to date");
} else if (cmd === "prepare") {
  // migrate, and seed demo content when the database was new and this is the quick-start demo;
  // a real site's new database stays empty for the owner setup (docs/decisions/0050)
  const { fresh } = await migrationStatus(url);
  await applyMigrations(url, { log: (l) => console.log(`[db] ${l}`) });
  if (fresh && !isDemoMode()) {
    console.log("[db] new database: no demo content (not the quick-start demo). Open the /setup link printed at start, or run `npm run setup -- --owner you@example.org`.");
  } else if (fresh) {
    console.log("[db] new database (quick-start demo): seeding demo content");
    execFileSync("npx", ["tsx", "--import", "./scripts/allow-server-only.mjs", "prisma/seed.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  }
} else if (cmd === "status") {
  console.log(JSON.stringify(await migrationStatus(url), null, 2));
} else if (cmd === "new") {
  if (!arg || !/^[a-z0-9_]+$/.test(arg)) throw new Error("usage: node scripts/prisma.mjs new <snake_case_name>");
  execFileSync("node", ["scripts/pg-schema.mjs"], { stdio: "inherit" });
  mkdirSync("data", { recursive: true });
  const count = existsSync("prisma/migrations/sqlite") ? readdirSync("prisma/migrations/sqlite").filter((f) => f.endsWith(".sql")).length : 0;
  const name = `${String(count + 1).padStart(4, "0")}_${arg}`;
  for (const engine of ["sqlite", "postgres"]) {
    const sql = diff(engine);
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log(`${engine}: no changes`);
      continue;
    }
    mkdirSync(`prisma/migrations/${engine}`, { recursive: true });
    writeFileSync(`prisma/migrations/${engine}/${name}.sql`, sql);
    console.log(`wrote prisma/migrations/${engine}/${name}.sql`);
  }
  copyFileSync("prisma/schema.prisma", SNAPSHOT);
} else {
  console.error("usage: node scripts/prisma.mjs generate | migrate | status | new <name>");
  process.exit(2);
}
