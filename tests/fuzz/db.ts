// The suite's database access, for SQLite and PostgreSQL alike: the members-only fixture, a session per
// role (as the e2e login fixture makes them: a Session row and its cookie), the known ids that let bad
// query strings reach real pages, and the consistency checks run after the suite.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { FIXTURE, MARKER } from "../support/fixture-ids";

export type Role = "visitor" | "reader" | "member" | "editor" | "admin";
export const ROLES: Role[] = ["visitor", "reader", "member", "editor", "admin"];

export interface FuzzDb {
  engine: "sqlite" | "postgres";
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export async function openDb(url: string): Promise<FuzzDb> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { timeout: 20_000 });
    return {
      engine: "sqlite",
      all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
      run: async (sql, params = []) => {
        db.prepare(sql).run(...params);
      },
      close: async () => {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const numbered = (sql: string) => {
    let i = 0;
    return sql.replace(/\?/g, () => `$${++i}`);
  };
  return {
    engine: "postgres",
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    run: async (sql, params = []) => {
      await client.query(numbered(sql), params);
    },
    close: () => client.end(),
  };
}

const cuidish = () => "c" + randomBytes(12).toString("hex");

/** The e2e members-only fixture (tests/support/members-fixture.ts), on either engine: the marker must reach members only. */
export async function ensureMembersFixture(db: FuzzDb): Promise<void> {
  const now = new Date().toISOString();
  const past = "2020-01-01T00:00:00.000Z";
  const ignore = db.engine === "sqlite" ? "INSERT OR IGNORE" : "INSERT";
  const onConflict = db.engine === "sqlite" ? "" : " ON CONFLICT DO NOTHING";
  const article = `${ignore} INTO "Article" (id, slug, title, excerpt, body, teaser, visibility, status, "publishedAt", "readingMinutes", "searchText", "createdAt", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, 3, ?, ?, ?)${onConflict}`;
  await db.run(article, [
    "leaktestarticle0001", FIXTURE.articleSlug, FIXTURE.articleTitle, "What the ministers did not say.",
    `The public opening paragraph of the analysis.\n\nThe members-only part: ${MARKER} is the secret.\n\nMore ${MARKER} here.`,
    null, "members", past, "leak test: a members-only analysis what the ministers did not say.", now, now,
  ]);
  await db.run(article, ["leaktestarticle0002", FIXTURE.publicSlug, "A public article for comments", "Public.", "Public body for comments.", null, "public", past, "a public article for comments public.", now, now]);
  const [nl] = await db.all<{ id: string }>(`SELECT id FROM "Newsletter" WHERE slug = 'weekly-outlook'`);
  if (!nl) throw new Error("the seeded newsletter is missing");
  await db.run(
    `${ignore} INTO "Issue" (id, "newsletterId", number, subject, preheader, status, "publishedAt", "sentAt", "createdAt", "updatedAt")
     VALUES ('leaktestissue0001', ?, ?, 'Leak test issue', 'A preheader', 'sent', ?, ?, ?, ?)${onConflict}`,
    [nl.id, FIXTURE.issueNumber, past, past, now, now],
  );
  const section = `${ignore} INTO "IssueSection" (id, "issueId", position, heading, body, teaser, visibility) VALUES (?, 'leaktestissue0001', ?, ?, ?, ?, ?)${onConflict}`;
  await db.run(section, [FIXTURE.publicSectionId, 0, "Public opener", "Everyone reads this.", null, "public"]);
  await db.run(section, [FIXTURE.sectionId, 1, "Members insight", `Teaser sentence for everyone.\n\nThe hidden part: ${MARKER}.`, null, "members"]);
}

const ROLE_ROWS: Record<Exclude<Role, "visitor">, { role: string; tier: string }> = {
  reader: { role: "reader", tier: "free" },
  member: { role: "reader", tier: "member" },
  editor: { role: "editor", tier: "free" },
  admin: { role: "admin", tier: "free" },
};

/** (Re)creates the role's member and a fresh session; returns the session token (the cookie value). */
export async function sessionFor(db: FuzzDb, role: Exclude<Role, "visitor">): Promise<{ token: string; memberId: string }> {
  const email = `fuzz-${role}@example.com`;
  const { role: r, tier } = ROLE_ROWS[role];
  const now = new Date().toISOString();
  let [row] = await db.all<{ id: string }>(`SELECT id FROM "Member" WHERE email = ?`, [email]);
  if (!row) {
    row = { id: cuidish() };
    await db.run(`INSERT INTO "Member" (id, email, role, "membershipTier", "createdAt", "updatedAt", "emailVerified") VALUES (?, ?, ?, ?, ?, ?, ?)`, [row.id, email, r, tier, now, now, now]);
  } else {
    await db.run(`UPDATE "Member" SET role = ?, "membershipTier" = ? WHERE id = ?`, [r, tier, row.id]);
  }
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + 86400_000).toISOString();
  await db.run(`INSERT INTO "Session" (id, "sessionToken", "memberId", expires, "createdAt") VALUES (?, ?, ?, ?, ?)`, [cuidish(), token, row.id, expires, now]);
  return { token, memberId: row.id };
}

/** Which member a session token belongs to (null: none). */
export async function sessionOwner(db: FuzzDb, token: string): Promise<string | null> {
  const [row] = await db.all<{ memberId: string }>(`SELECT "memberId" FROM "Session" WHERE "sessionToken" = ?`, [token]);
  return row?.memberId ?? null;
}

/** Real values for dynamic segments, keyed by the static segment before them (articles → slugs, …). */
export async function knownValues(db: FuzzDb): Promise<Record<string, string[]>> {
  const col = async (sql: string) => (await db.all<{ v: unknown }>(sql)).map((r) => String(r.v));
  return {
    articles: await col(`SELECT slug AS v FROM "Article" WHERE status = 'published' ORDER BY slug LIMIT 2`),
    authors: await col(`SELECT slug AS v FROM "Author" ORDER BY slug LIMIT 1`),
    topics: await col(`SELECT slug AS v FROM "Topic" ORDER BY slug LIMIT 1`),
    archive: await col(`SELECT number AS v FROM "Issue" WHERE status = 'sent' OR "publishedAt" IS NOT NULL ORDER BY number LIMIT 1`),
    issues: await col(`SELECT id AS v FROM "Issue" ORDER BY number LIMIT 1`),
    "admin/articles": await col(`SELECT id AS v FROM "Article" ORDER BY slug LIMIT 1`),
    members: await col(`SELECT id AS v FROM "Member" WHERE email = 'reader@example.com'`),
    mailbox: await col(`SELECT id AS v FROM "MailboxMessage" LIMIT 1`),
    sends: await col(`SELECT id AS v FROM "Email" LIMIT 1`),
    "members-content/articles": [FIXTURE.articleSlug],
    "members-content/issues": [String(FIXTURE.issueNumber)],
    sections: [FIXTURE.sectionId],
    pages: ["1", "2"],
    latest: ["1", "2"],
  };
}

export type Consistency = { ok: boolean; details: string[] };

/** SQLite: integrity_check and foreign_key_check. PostgreSQL: every foreign key, checked for orphan rows. */
export async function checkConsistency(db: FuzzDb): Promise<Consistency> {
  const details: string[] = [];
  if (db.engine === "sqlite") {
    const integrity = await db.all<{ integrity_check: string }>("PRAGMA integrity_check");
    const verdict = integrity.map((r) => r.integrity_check).join("; ");
    details.push(`integrity_check: ${verdict}`);
    const fk = await db.all<{ table: string; parent: string; rowid: number }>("PRAGMA foreign_key_check");
    details.push(`foreign_key_check: ${fk.length} violation(s)`);
    for (const v of fk.slice(0, 10)) details.push(`  orphan in ${v.table} (rowid ${v.rowid}) → ${v.parent}`);
    return { ok: verdict === "ok" && fk.length === 0, details };
  }
  const fks = await db.all<{ child: string; parent: string; child_cols: string[]; parent_cols: string[]; name: string }>(`
    SELECT c.conname AS name, cl.relname AS child, pl.relname AS parent,
      ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS child_cols,
      ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS parent_cols
    FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pl ON pl.oid = c.confrelid
    JOIN pg_namespace ns ON ns.oid = cl.relnamespace
    WHERE c.contype = 'f' AND ns.nspname = current_schema()`);
  let orphans = 0;
  for (const fk of fks) {
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const notNull = fk.child_cols.map((c) => `c.${q(c)} IS NOT NULL`).join(" AND ");
    const join = fk.child_cols.map((c, i) => `p.${q(fk.parent_cols[i]!)} = c.${q(c)}`).join(" AND ");
    const [row] = await db.all<{ n: string }>(`SELECT count(*) AS n FROM ${q(fk.child)} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${q(fk.parent)} p WHERE ${join})`);
    const n = Number(row?.n ?? 0);
    orphans += n;
    if (n) details.push(`  ${n} orphan row(s) in ${fk.child} (${fk.name}) → ${fk.parent}`);
  }
  details.unshift(`foreign keys checked for orphans: ${fks.length}; orphan rows: ${orphans}`);
  return { ok: orphans === 0 && fks.length > 0, details };
}
