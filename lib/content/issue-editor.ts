// Admin side of newsletter issues: numbering, sections (ordered, per-section visibility), linked articles,
// web preview, publish to the archive, schedule. Sending to subscribers belongs to the send pipeline.
import "server-only";
import { z } from "zod";
import { recordAudit } from "../server/audit";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { renderMarkdown } from "./markdown";
import { IssueSchema } from "./schemas";

async function defaultNewsletterId(): Promise<string> {
  const nl = await db.newsletter.findFirst({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true } });
  if (nl) return nl.id;
  return (await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" }, select: { id: true } })).id;
}

export async function listIssuesAdmin(page = 1) {
  await requireEditor("/admin/issues");
  const take = 30;
  const [total, rows] = await Promise.all([
    db.issue.count(),
    db.issue.findMany({
      orderBy: { number: "desc" },
      skip: (Math.max(1, page) - 1) * take,
      take,
      select: {
        id: true, number: true, subject: true, status: true, scheduledAt: true, publishedAt: true, sentAt: true, updatedAt: true,
        _count: { select: { sections: true } },
        emails: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, status: true, recipientCount: true, submittedCount: true, failedCount: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / take)), issues: rows };
}

/** Creates the next issue: its number is one more than the newsletter's highest, retried on a race. */
export async function createIssue(): Promise<string> {
  const viewer = await requireEditor();
  const newsletterId = await defaultNewsletterId();
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const last = await tx.issue.findFirst({ where: { newsletterId }, orderBy: { number: "desc" }, select: { number: true } });
        const number = (last?.number ?? 0) + 1;
        const issue = await tx.issue.create({
          data: {
            newsletterId,
            number,
            subject: `Weekly Outlook #${number}`,
            sections: { create: [{ position: 0, heading: "This week", body: "", visibility: "public" }] },
          },
          select: { id: true },
        });
        await recordAudit(tx, { actorId: viewer.id, action: "issue.create", entityType: "Issue", entityId: issue.id, detail: { number } });
        return issue.id;
      });
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002") throw e;
    }
  }
  throw new Error("could not allocate an issue number");
}

export type IssueForEdit = {
  id: string;
  number: number;
  subject: string;
  preheader: string;
  status: "draft" | "scheduled" | "published" | "sent";
  scheduledAt: string | null;
  publishedAt: string | null;
  sections: { id: string; heading: string; body: string; teaser: string; visibility: "public" | "members" | "paid" }[];
  articleIds: string[];
  updatedAt: string;
};

export async function getIssueForEdit(id: string): Promise<IssueForEdit | null> {
  await requireEditor(`/admin/issues/${id}`);
  const i = await db.issue.findUnique({
    where: { id },
    select: {
      id: true, number: true, subject: true, preheader: true, status: true, scheduledAt: true, publishedAt: true, updatedAt: true,
      sections: { orderBy: { position: "asc" }, select: { id: true, heading: true, body: true, teaser: true, visibility: true } },
      articles: { orderBy: { position: "asc" }, select: { articleId: true } },
    },
  });
  if (!i) return null;
  return {
    ...i,
    scheduledAt: i.scheduledAt?.toISOString() ?? null,
    publishedAt: i.publishedAt?.toISOString() ?? null,
    updatedAt: i.updatedAt.toISOString(),
    sections: i.sections.map((s) => ({ ...s, teaser: s.teaser ?? "" })),
    articleIds: i.articles.map((a) => a.articleId),
  };
}

export async function listLinkableArticles() {
  await requireEditor();
  return db.article.findMany({
    where: { status: { in: ["published", "scheduled"] } },
    orderBy: { publishedAt: "desc" },
    take: 200,
    select: { id: true, title: true, visibility: true },
  });
}

export type SaveIssueResult =
  | { ok: true; updatedAt: string; sectionIds: string[]; revalidate: string[] }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Saves an issue's text. Sections keep their ids (members-content requests and `#section-…` links in
 * sent emails point at them): a section with a known id is updated in place, one without is inserted,
 * one no longer listed is deleted. Autosave is for drafts only; saving a published issue returns the
 * public paths to revalidate. `sectionIds` are the saved ids in the order given.
 */
export async function saveIssue(raw: unknown, opts: { autosave?: boolean } = {}): Promise<SaveIssueResult> {
  const viewer = await requireEditor();
  const parsed = IssueSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.issue.findUnique({ where: { id: input.id }, select: { id: true, number: true, status: true, sections: { select: { id: true } } } });
    if (!existing) return { ok: false as const, formError: "This issue no longer exists." };
    if (existing.status === "sent") return { ok: false as const, formError: "This issue was sent; it can no longer be edited." };
    if (opts.autosave && existing.status !== "draft") return { ok: false as const, formError: "Only drafts are saved automatically: press Save to update this issue." };
    const articles = await tx.article.findMany({ where: { id: { in: input.articleIds } }, select: { id: true } });
    const known = new Set(articles.map((a) => a.id));
    const updated = await tx.issue.update({ where: { id: input.id }, data: { subject: input.subject, preheader: input.preheader }, select: { updatedAt: true } });
    const own = new Set(existing.sections.map((s) => s.id));
    // An id listed twice (or of another issue) is a new section, never a second owner of one row.
    const kept = new Set<string>();
    for (const s of input.sections) if (s.id && own.has(s.id) && !kept.has(s.id)) kept.add(s.id);
    const removed = [...own].filter((id) => !kept.has(id));
    if (removed.length) await tx.issueSection.deleteMany({ where: { issueId: input.id, id: { in: removed } } });
    const sectionIds: string[] = [];
    const claimed = new Set<string>();
    for (const [position, s] of input.sections.entries()) {
      const data = { position, heading: s.heading, body: s.body, teaser: s.teaser.trim() ? s.teaser : null, visibility: s.visibility };
      if (s.id && kept.has(s.id) && !claimed.has(s.id)) {
        claimed.add(s.id);
        await tx.issueSection.update({ where: { id: s.id }, data, select: { id: true } });
        sectionIds.push(s.id);
      } else {
        sectionIds.push((await tx.issueSection.create({ data: { issueId: input.id, ...data }, select: { id: true } })).id);
      }
    }
    await tx.issueArticle.deleteMany({ where: { issueId: input.id } });
    const ids = input.articleIds.filter((a, i, all) => known.has(a) && all.indexOf(a) === i);
    if (ids.length) await tx.issueArticle.createMany({ data: ids.map((articleId, position) => ({ issueId: input.id, articleId, position })) });
    if (!opts.autosave) await recordAudit(tx, { actorId: viewer.id, action: "issue.update", entityType: "Issue", entityId: input.id, detail: { subject: input.subject } });
    const revalidate = existing.status === "published" ? ["/", "/archive", `/archive/${existing.number}`, "/feed.xml", "/sitemap.xml"] : [];
    return { ok: true as const, updatedAt: updated.updatedAt.toISOString(), sectionIds, revalidate };
  });
}

export type IssueStatusChange = { op: "publish" } | { op: "schedule"; at: Date } | { op: "unpublish" };

/** Publishes to the web archive now, schedules it, or takes it back to draft. Returns the paths to revalidate. */
export async function setIssueStatus(id: string, change: IssueStatusChange): Promise<{ ok: boolean; error?: string; revalidate: string[] }> {
  const viewer = await requireEditor();
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id }, select: { id: true, number: true, status: true, publishedAt: true } });
    if (!issue) return { ok: false, error: "This issue no longer exists.", revalidate: [] };
    if (issue.status === "sent") return { ok: false, error: "This issue was already sent.", revalidate: [] };
    if (change.op === "schedule" && change.at <= new Date()) return { ok: false, error: "Pick a time in the future.", revalidate: [] };
    const data =
      change.op === "publish" ? { status: "published" as const, publishedAt: new Date(), scheduledAt: null } :
      change.op === "schedule" ? { status: "scheduled" as const, scheduledAt: change.at, publishedAt: change.at } :
      { status: "draft" as const, scheduledAt: null, publishedAt: null };
    await tx.issue.update({ where: { id }, data });
    await recordAudit(tx, { actorId: viewer.id, action: `issue.${change.op}`, entityType: "Issue", entityId: id, detail: change.op === "schedule" ? { at: change.at.toISOString() } : { number: issue.number } });
    return { ok: true, revalidate: ["/", "/archive", `/archive/${issue.number}`, "/feed.xml", "/sitemap.xml"] };
  });
}

export async function deleteIssue(id: string): Promise<boolean> {
  const viewer = await requireEditor();
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id }, select: { status: true, number: true, _count: { select: { emails: true } } } });
    if (!issue || issue.status === "sent" || issue._count.emails > 0) return false;
    await tx.issue.delete({ where: { id } });
    await recordAudit(tx, { actorId: viewer.id, action: "issue.delete", entityType: "Issue", entityId: id, detail: { number: issue.number } });
    return true;
  });
}

/** The web page as a member sees it: every section in full, members-only ones marked. */
export async function previewIssueWeb(id: string) {
  await requireEditor();
  const i = await db.issue.findUnique({
    where: { id },
    select: {
      number: true, subject: true, preheader: true,
      sections: { orderBy: { position: "asc" }, select: { heading: true, body: true, visibility: true } },
      articles: { orderBy: { position: "asc" }, select: { article: { select: { title: true, slug: true, excerpt: true, visibility: true } } } },
    },
  });
  if (!i) return null;
  return {
    number: i.number,
    subject: i.subject,
    preheader: i.preheader,
    sections: i.sections.map((s) => ({ heading: s.heading, visibility: s.visibility, html: renderMarkdown(s.body) })),
    articles: i.articles.map((a) => a.article),
  };
}
