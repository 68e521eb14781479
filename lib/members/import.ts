// CSV import of subscribers: upload streamed to a temp file, preview + column mapping, then a streamed
// import in batches of 500 rows per transaction. Duplicates merge; bad rows are reported by line number.
import "server-only";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { recordAudit } from "../server/audit";
import { bulkInsert, newId } from "../server/bulk-insert";
import { isEmail, normalizeEmail } from "../shared/email";
import { cleanText } from "../shared/text";
import { importSubscriptionsTx } from "../subscriptions/transitions";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { readCsv } from "../server/csv";

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const IMPORT_BATCH = 500;
const MAX_REPORTED_ERRORS = 1000;

function importDir(): string {
  return path.join(tmpdir(), "weekly-outlook-imports");
}

export function importFilePath(id: string): string {
  if (!/^[a-f0-9]{32}$/.test(id)) throw new Error("bad import id");
  return path.join(importDir(), `${id}.csv`);
}

/** Streams an upload body to a temp file, refusing more than MAX_IMPORT_BYTES. */
export async function receiveImportUpload(body: ReadableStream<Uint8Array>): Promise<{ ok: true; id: string; bytes: number } | { ok: false; error: string }> {
  await requireEditor();
  await mkdir(importDir(), { recursive: true });
  const id = randomBytes(16).toString("hex");
  const file = importFilePath(id);
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) cb(new Error("too large"));
      else cb(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), cap, createWriteStream(file, { flags: "wx" }));
  } catch {
    await rm(file, { force: true });
    return { ok: false, error: bytes > MAX_IMPORT_BYTES ? "The file is larger than 100 MB." : "The upload did not complete." };
  }
  if (bytes === 0) {
    await rm(file, { force: true });
    return { ok: false, error: "The file is empty." };
  }
  return { ok: true, id, bytes };
}

export type ImportPreview = { rows: string[][]; columns: number; guess: { email: number; name: number; note: number }; bytes: number };

/** The first rows of an uploaded file, and a guess of which column holds what. */
export async function previewImport(id: string, rowsWanted = 6): Promise<ImportPreview | null> {
  await requireEditor();
  const file = importFilePath(id);
  let bytes: number;
  try {
    bytes = (await stat(file)).size;
  } catch {
    return null;
  }
  const rows: string[][] = [];
  for await (const rec of readCsv(file)) {
    rows.push(rec.fields.map((f) => f.slice(0, 200)));
    if (rows.length >= rowsWanted) break;
  }
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  let email = find(/e-?mail/);
  if (email < 0) email = Math.max(0, (rows[1] ?? rows[0] ?? []).findIndex((v) => isEmail(normalizeEmail(v))));
  return { rows, columns, bytes, guess: { email, name: find(/^(full ?)?name$|^name/), note: find(/note|comment/) } };
}


export type ImportOptions = {
  emailColumn: number;
  nameColumn: number;
  noteColumn: number;
  hasHeader: boolean;
  /** consented: active now, recorded as source import; confirm: pending, a confirmation is sent; none: no subscription. */
  consent: "consented" | "confirm" | "none";
  membership: "keep" | "member";
  newsletterId?: string;
  actorId: string | null;
  /** Called with the member ids whose pending subscriptions need a confirmation email. */
  onPending?: (memberIds: string[], newsletterId: string) => Promise<void>;
};

export type ImportReport = {
  rows: number;
  created: number;
  updated: number;
  duplicates: number;
  subscribed: number;
  pending: number;
  keptUnsubscribed: number;
  invalid: number;
  errors: { line: number; reason: string }[];
  seconds: number;
};

type Row = { line: number; email: string; name: string | null; note: string | null };

/** Imports an uploaded CSV. Unchecked variant for scripts; the admin calls importCsv(). */
export async function importCsvUnchecked(file: string, o: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const report: ImportReport = { rows: 0, created: 0, updated: 0, duplicates: 0, subscribed: 0, pending: 0, keptUnsubscribed: 0, invalid: 0, errors: [], seconds: 0 };
  const newsletterId =
    o.consent === "none"
      ? undefined
      : (o.newsletterId ??
        (await db.newsletter.findFirst({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true } }))?.id);
  if (o.consent !== "none" && !newsletterId) throw new Error("no newsletter to subscribe imported addresses to");
  const seen = new Set<string>();
  const bad = (line: number, reason: string) => {
    report.invalid++;
    if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ line, reason });
  };
  let batch: Row[] = [];
  let first = true;
  for await (const rec of readCsv(file)) {
    if (first && o.hasHeader) {
      first = false;
      continue;
    }
    first = false;
    report.rows++;
    if (rec.fields.length === 0) {
      bad(rec.line, "unbalanced quotes");
      continue;
    }
    const rawEmail = rec.fields[o.emailColumn];
    if (rawEmail === undefined || rawEmail.trim() === "") {
      bad(rec.line, "no email address");
      continue;
    }
    const email = normalizeEmail(rawEmail);
    if (!isEmail(email)) {
      bad(rec.line, `not an email address: ${rawEmail.slice(0, 80)}`);
      continue;
    }
    const cell = (i: number, max: number) => (i >= 0 ? cleanText((rec.fields[i] ?? "").trim(), max).trim() || null : null);
    if (seen.has(email)) {
      // A repeated address within the file merges into the first: its extra fields fill gaps.
      report.duplicates++;
      const prior = batch.find((r) => r.email === email);
      if (prior) {
        prior.name ??= cell(o.nameColumn, 120);
        prior.note ??= cell(o.noteColumn, 1000);
      }
      continue;
    }
    seen.add(email);
    batch.push({ line: rec.line, email, name: cell(o.nameColumn, 120), note: cell(o.noteColumn, 1000) });
    if (batch.length >= IMPORT_BATCH) {
      await flush(batch, o, newsletterId, report);
      batch = [];
    }
  }
  if (batch.length) await flush(batch, o, newsletterId, report);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

async function flush(rows: Row[], o: ImportOptions, newsletterId: string | undefined, report: ImportReport): Promise<void> {
  const pendingIds: string[] = [];
  await db.$transaction(
    async (tx) => {
      const emails = rows.map((r) => r.email);
      const existing = await tx.member.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, name: true, note: true } });
      const byEmail = new Map(existing.map((m) => [m.email, m]));
      const now = new Date();
      const fresh = rows.filter((r) => !byEmail.has(r.email));
      if (fresh.length) {
        const tier = o.membership === "member" ? "member" : "free";
        // ON CONFLICT: an address that signed up through the form a moment ago is simply skipped here.
        report.created += await bulkInsert(
          tx,
          "Member",
          [{ name: "id" }, { name: "email" }, { name: "name" }, { name: "note" }, { name: "role", pgType: '"Role"' }, { name: "membershipTier", pgType: '"MembershipTier"' }, { name: "membershipGrantedAt", pgType: "timestamp(3)" }, { name: "createdAt", pgType: "timestamp(3)" }, { name: "updatedAt", pgType: "timestamp(3)" }],
          fresh.map((r) => [newId(), r.email, r.name, r.note, "reader", tier, tier === "member" ? now : null, now, now]),
          { ignoreConflictOn: "email" },
        );
      }
      for (const r of rows) {
        const m = byEmail.get(r.email);
        if (!m) continue;
        // Existing members: fill what is missing, never overwrite what an editor or the member set.
        const data: { name?: string; note?: string } = {};
        if (!m.name && r.name) data.name = r.name;
        if (!m.note && r.note) data.note = r.note;
        if (Object.keys(data).length) await tx.member.update({ where: { id: m.id }, data });
        report.updated++;
      }
      if (o.membership === "member" && existing.length) {
        await tx.member.updateMany({ where: { id: { in: existing.map((m) => m.id) }, membershipTier: "free" }, data: { membershipTier: "member", membershipGrantedAt: now, membershipExpiresAt: null } });
      }
      if (!newsletterId) return;
      const members = await tx.member.findMany({ where: { email: { in: emails } }, select: { id: true } });
      const ids = members.map((m) => m.id);
      const subs = await tx.subscription.findMany({ where: { newsletterId, memberId: { in: ids } }, select: { id: true, memberId: true, status: true } });
      const subByMember = new Map(subs.map((s) => [s.memberId, s]));
      const target = o.consent === "consented" ? ("active" as const) : ("pending" as const);
      const toCreate = ids.filter((id) => !subByMember.has(id));
      const upgrade = subs.filter((s) => s.status === "pending" && target === "active");
      await importSubscriptionsTx(tx, { newsletterId, create: toCreate, upgrade, target, actorId: o.actorId, now });
      if (target === "active") report.subscribed += toCreate.length;
      else {
        report.pending += toCreate.length;
        pendingIds.push(...toCreate);
      }
      report.subscribed += upgrade.length;
      // Someone who unsubscribed keeps that choice: an import is not their consent.
      report.keptUnsubscribed += subs.filter((s) => s.status === "unsubscribed").length;
    },
    { timeout: 60_000 },
  );
  if (pendingIds.length && newsletterId && o.onPending) await o.onPending(pendingIds, newsletterId);
}

/** The admin import: editor-only, audited, the temp file removed afterwards. */
export async function importCsv(id: string, o: Omit<ImportOptions, "actorId">): Promise<ImportReport> {
  const viewer = await requireEditor();
  const file = importFilePath(id);
  try {
    const report = await importCsvUnchecked(file, { ...o, actorId: viewer.id });
    await recordAudit(db, {
      actorId: viewer.id,
      action: "member.import",
      entityType: "Member",
      detail: { rows: report.rows, created: report.created, updated: report.updated, invalid: report.invalid, consent: o.consent },
    });
    return report;
  } finally {
    await rm(file, { force: true });
  }
}
