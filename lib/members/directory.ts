// Admin side of members: the filtered list (fast on 100k rows: indexed filters, bounded pages), a member's
// history, membership grant/revoke/extend, unsubscribe, delete, add by hand, CSV export.
import { z } from "zod";
import "server-only";
import { recordAudit } from "../server/audit";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { csvField } from "../server/csv";
import { addByEditorTx, unsubscribeAllTx } from "../subscriptions/transitions";
import { LastAdminError } from "./last-admin";
import { deleteMemberData } from "./personal-data";
import { extendMembership, grantMembership, revokeMembership } from "./membership";
import { MemberAddSchema, MembershipChangeSchema, type FormState } from "../content/schemas";
import { parsePage } from "../shared/pagination";

export const MEMBERS_PAGE_SIZE = 50;

export type MemberFilters = {
  q?: string;
  status?: "active" | "pending" | "unsubscribed" | "none";
  membership?: "member" | "free" | "expired";
  newsletter?: string;
  from?: string;
  to?: string;
  sort?: "createdAt" | "email" | "name";
  dir?: "asc" | "desc";
  page?: number;
};

export function parseMemberFilters(sp: Record<string, string | string[] | undefined>): MemberFilters {
  const one = (k: string) => {
    const v = sp[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const pick = <T extends string>(v: string | undefined, allowed: readonly T[]) => (allowed.includes(v as T) ? (v as T) : undefined);
  const date = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const page = parsePage(one("page")) ?? 1;
  return {
    q: one("q")?.slice(0, 100),
    status: pick(one("status"), ["active", "pending", "unsubscribed", "none"] as const),
    membership: pick(one("membership"), ["member", "free", "expired"] as const),
    newsletter: one("newsletter")?.slice(0, 40),
    from: date(one("from")),
    to: date(one("to")),
    sort: pick(one("sort"), ["createdAt", "email", "name"] as const) ?? "createdAt",
    dir: pick(one("dir"), ["asc", "desc"] as const) ?? "desc",
    page: Number.isInteger(page) && page > 0 && page <= 100_000 ? page : 1,
  };
}

function memberWhere(f: MemberFilters, now = new Date()) {
  const and: object[] = [];
  if (f.q) {
    const q = f.q.toLowerCase();
    and.push(q.includes("@") ? { email: { contains: q } } : { OR: [{ email: { contains: q } }, { name: { contains: f.q } }] });
  }
  const nl = f.newsletter ? { newsletterId: f.newsletter } : {};
  if (f.status === "none") and.push({ subscriptions: { none: { ...nl, status: { in: ["active", "pending"] } } } });
  else if (f.status) and.push({ subscriptions: { some: { ...nl, status: f.status } } });
  else if (f.newsletter) and.push({ subscriptions: { some: nl } });
  if (f.membership === "member") and.push({ membershipTier: "member", OR: [{ membershipExpiresAt: null }, { membershipExpiresAt: { gt: now } }] });
  if (f.membership === "expired") and.push({ membershipTier: "member", membershipExpiresAt: { lte: now } });
  if (f.membership === "free") and.push({ membershipTier: "free" });
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ createdAt: { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } });
  return and.length ? { AND: and } : {};
}

function orderOf(f: MemberFilters) {
  const dir = f.dir ?? "desc";
  // A unique tie-breaker keeps pages stable when many rows share a value.
  return [{ [f.sort ?? "createdAt"]: dir }, { id: dir }] as Array<Record<string, "asc" | "desc">>;
}

export async function listMembersAdmin(f: MemberFilters) {
  await requireEditor("/admin/members");
  const where = memberWhere(f);
  const page = f.page ?? 1;
  const [total, rows] = await Promise.all([
    db.member.count({ where }),
    db.member.findMany({
      where,
      orderBy: orderOf(f),
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true, email: true, name: true, role: true, membershipTier: true, membershipExpiresAt: true, createdAt: true,
        subscriptions: { select: { status: true, newsletter: { select: { name: true } } } },
      },
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)), members: rows };
}

/** Every newsletter, whatever its status (the members list filters by any of them). */
export async function listAllNewslettersForEditor() {
  await requireEditor();
  return db.newsletter.findMany({ orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true, name: true } });
}

/** The filtered list as CSV, read in keyset chunks so 100k rows never sit in memory at once. */
export async function exportMembersCsv(f: MemberFilters): Promise<ReadableStream<Uint8Array>> {
  const viewer = await requireEditor();
  const where = memberWhere(f);
  await recordAudit(db, { actorId: viewer.id, action: "member.export", entityType: "Member", detail: { filters: { ...f, page: undefined } } });
  const enc = new TextEncoder();
  let cursor: string | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(enc.encode("\ufeffemail,name,subscription,membership,membership_expires,signed_up\r\n"));
        return;
      }
      const rows = await db.member.findMany({
        where,
        orderBy: { id: "asc" },
        take: 1000,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: {
          id: true, email: true, name: true, membershipTier: true, membershipExpiresAt: true, createdAt: true,
          subscriptions: { select: { status: true } },
        },
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      cursor = rows[rows.length - 1]!.id;
      const out = rows
        .map((m) =>
          [
            csvField(m.email),
            csvField(m.name),
            csvField(m.subscriptions.map((s) => s.status).join("|")),
            m.membershipTier,
            m.membershipExpiresAt?.toISOString() ?? "",
            m.createdAt.toISOString(),
          ].join(","),
        )
        .join("\r\n");
      controller.enqueue(enc.encode(out + "\r\n"));
    },
  });
}

export async function getMemberDetail(id: string) {
  await requireEditor(`/admin/members/${id}`);
  const m = await db.member.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, role: true, membershipTier: true, membershipGrantedAt: true, membershipExpiresAt: true,
      emailVerified: true, note: true, createdAt: true, lastSeenAt: true,
      subscriptions: { select: { id: true, status: true, source: true, createdAt: true, confirmedAt: true, unsubscribedAt: true, newsletter: { select: { id: true, name: true } } } },
      subscribeEvents: { orderBy: { createdAt: "desc" }, take: 100, select: { id: true, type: true, fromStatus: true, toStatus: true, source: true, createdAt: true, newsletter: { select: { name: true } } } },
      emailRecipients: { orderBy: { id: "desc" }, take: 50, select: { id: true, status: true, variant: true, submittedAt: true, openedAt: true, email: { select: { subject: true, createdAt: true } } } },
      comments: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, body: true, status: true, createdAt: true, article: { select: { title: true, slug: true } } } },
    },
  });
  if (!m) return null;
  const auditRows = await db.auditLog.findMany({ where: { entityType: "Member", entityId: id }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, action: true, actorId: true, detail: true, createdAt: true } });
  const actorIds = [...new Set(auditRows.map((a) => a.actorId).filter((x): x is string => Boolean(x)))];
  const actors = actorIds.length ? await db.member.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const actorEmail = new Map(actors.map((a) => [a.id, a.email]));
  return { ...m, audit: auditRows.map((a) => ({ ...a, actor: a.actorId ? (actorEmail.get(a.actorId) ?? "deleted") : "system" })) };
}

const ok = (message: string): FormState => ({ ok: true, message });
const fail = (formError: string): FormState => ({ ok: false, formError });

/** Grant / revoke / extend through lib/membership (which audits each change), with form-friendly answers. */
export async function changeMembership(raw: unknown): Promise<FormState> {
  await requireEditor();
  const parsed = MembershipChangeSchema.safeParse(raw);
  if (!parsed.success) return fail("That change is not valid.");
  const { memberId, op, months } = parsed.data;
  const m = await db.member.findUnique({ where: { id: memberId }, select: { membershipTier: true, membershipExpiresAt: true } });
  if (!m) return fail("This member no longer exists.");
  const addMonths = (from: Date, n: number) => {
    const d = new Date(from);
    d.setUTCMonth(d.getUTCMonth() + n);
    return d;
  };
  if (op === "grant") {
    await grantMembership(memberId, months === 0 ? null : addMonths(new Date(), months));
    return ok("Membership granted.");
  }
  if (op === "revoke") {
    await revokeMembership(memberId);
    return ok("Membership revoked.");
  }
  if (m.membershipTier !== "member") return fail("Only a membership can be extended; grant one first.");
  if (m.membershipExpiresAt === null) return fail("This membership does not expire.");
  const now = new Date();
  const base = m.membershipExpiresAt > now ? m.membershipExpiresAt : now;
  const days = Math.round((addMonths(base, Math.max(1, months)).getTime() - base.getTime()) / 86_400_000);
  await extendMembership(memberId, days);
  return ok("Membership extended.");
}

export async function unsubscribeMember(memberId: string): Promise<FormState> {
  const viewer = await requireEditor();
  return db.$transaction(async (tx) => {
    const n = await unsubscribeAllTx(tx, memberId, "admin", viewer.id);
    if (n === 0) return fail("There is no active or pending subscription to end.");
    await recordAudit(tx, { actorId: viewer.id, action: "member.unsubscribe", entityType: "Member", entityId: memberId, detail: { subscriptions: n } });
    return ok("Unsubscribed from every newsletter.");
  });
}

/** Deletes a member and their personal data (lib/member-data); the audit keeps who deleted which id. */
export async function deleteMember(memberId: string): Promise<FormState> {
  const viewer = await requireEditor();
  if (memberId === viewer.id) return fail("You cannot delete your own account here.");
  const m = await db.member.findUnique({ where: { id: memberId }, select: { role: true } });
  if (!m) return fail("This member no longer exists.");
  if (m.role !== "reader" && !viewer.isAdmin) return fail("Only an admin can delete a staff account.");
  try {
    if (!(await deleteMemberData(memberId, "admin"))) return fail("This member no longer exists.");
  } catch (e) {
    if (e instanceof LastAdminError) return fail(e.message);
    throw e;
  }
  await recordAudit(db, { actorId: viewer.id, action: "member.delete", entityType: "Member", entityId: memberId });
  return ok("Member deleted.");
}

export type AddMemberResult = FormState & { memberId?: string };

export async function addMember(raw: unknown): Promise<AddMemberResult> {
  const viewer = await requireEditor();
  const parsed = MemberAddSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const input = parsed.data;
  const newsletter = await db.newsletter.findFirst({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true } });
  return db.$transaction(async (tx) => {
    const exists = await tx.member.findUnique({ where: { email: input.email }, select: { id: true } });
    if (exists) return { ok: false, fieldErrors: { email: ["A member with this address already exists."] }, memberId: exists.id };
    const now = new Date();
    const m = await tx.member.create({
      data: {
        email: input.email,
        name: input.name ?? null,
        note: input.note ?? null,
        membershipTier: input.membership,
        membershipGrantedAt: input.membership === "member" ? now : null,
      },
      select: { id: true },
    });
    if (newsletter && input.subscribe !== "none") {
      const status = input.subscribe === "active" ? "active" : "pending";
      await addByEditorTx(tx, m.id, newsletter.id, status, viewer.id);
    }
    await recordAudit(tx, { actorId: viewer.id, action: "member.create", entityType: "Member", entityId: m.id, detail: { subscribe: input.subscribe, membership: input.membership } });
    return { ok: true, message: "Member added.", memberId: m.id };
  });
}
