// The public archive of a newsletter's issues: lists, the latest issue, one issue's web version for a viewer.
import "server-only";
import { cardSelect, publishedWhere, teaserOf, toCard, type ArticleCard, type Visibility } from "./articles";
import { db } from "../server/db";
import { renderMarkdown } from "./markdown";
import { pageWindow, totalPagesOf, type Paged } from "../shared/pagination";
import { canRead, type ContentViewer } from "../shared/access";

export const DEFAULT_NEWSLETTER_SLUG = "weekly-outlook";

export type IssueSummary = { number: number; subject: string; preheader: string; publishedAt: Date };

export type IssueSectionView = {
  /** Stable id: the section's anchor (#section-<id>) and its members-content address. */
  id: string;
  heading: string;
  visibility: Visibility;
  /** Sanitized HTML: the whole section, or only its teaser when `locked`. */
  html: string;
  locked: boolean;
};

export type IssueDetail = IssueSummary & {
  newsletterName: string;
  sections: IssueSectionView[];
  articles: ArticleCard[];
  /** True when at least one section was withheld from this viewer. */
  hasLockedSections: boolean;
};

/** An issue is on the web once it was sent or published, and its publication time has come. */
function publicIssueWhere(newsletterSlug: string, now = new Date()) {
  return {
    newsletter: { slug: newsletterSlug },
    status: { in: ["sent" as const, "published" as const] },
    publishedAt: { not: null, lte: now },
  };
}

const summarySelect = { number: true, subject: true, preheader: true, publishedAt: true } as const;

function toSummary(r: { number: number; subject: string; preheader: string; publishedAt: Date | null }): IssueSummary {
  return { number: r.number, subject: r.subject, preheader: r.preheader, publishedAt: r.publishedAt ?? new Date(0) };
}

export async function getNewsletterName(slug = DEFAULT_NEWSLETTER_SLUG): Promise<string | null> {
  const row = await db.newsletter.findUnique({ where: { slug }, select: { name: true } });
  return row?.name ?? null;
}

export async function getLatestIssue(newsletterSlug = DEFAULT_NEWSLETTER_SLUG): Promise<IssueSummary | null> {
  const row = await db.issue.findFirst({
    where: publicIssueWhere(newsletterSlug),
    orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
    select: summarySelect,
  });
  return row ? toSummary(row) : null;
}

export async function listPublicIssues(
  { page = 1, perPage = 20, newsletterSlug = DEFAULT_NEWSLETTER_SLUG }: { page?: number; perPage?: number; newsletterSlug?: string } = {},
): Promise<Paged<IssueSummary>> {
  const where = publicIssueWhere(newsletterSlug);
  const [total, rows] = await Promise.all([
    db.issue.count({ where }),
    db.issue.findMany({ where, orderBy: [{ number: "desc" }], ...pageWindow(page, perPage), select: summarySelect }),
  ]);
  return { items: rows.map(toSummary), page, perPage, total, totalPages: totalPagesOf(total, perPage) };
}

export async function listPublicIssueNumbers(newsletterSlug = DEFAULT_NEWSLETTER_SLUG): Promise<{ number: number; updatedAt: Date }[]> {
  return db.issue.findMany({
    where: publicIssueWhere(newsletterSlug),
    orderBy: { number: "desc" },
    select: { number: true, updatedAt: true },
  });
}

/**
 * One issue's web version. A section above the viewer's level carries only its teaser (or its first
 * paragraph) and `locked: true`.
 */
export async function getIssueForViewer(
  number: number,
  viewer: ContentViewer,
  newsletterSlug = DEFAULT_NEWSLETTER_SLUG,
): Promise<IssueDetail | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const row = await db.issue.findFirst({
    where: { ...publicIssueWhere(newsletterSlug), number },
    select: {
      ...summarySelect,
      newsletter: { select: { name: true } },
      sections: { orderBy: { position: "asc" }, select: { id: true, heading: true, body: true, teaser: true, visibility: true } },
      articles: {
        orderBy: { position: "asc" },
        where: { article: publishedWhere() },
        select: { article: { select: cardSelect } },
      },
    },
  });
  if (!row) return null;
  const sections = row.sections.map((s) => {
    const locked = !canRead(viewer, s.visibility);
    return {
      id: s.id,
      heading: s.heading,
      visibility: s.visibility,
      html: renderMarkdown(locked ? teaserOf(s.teaser, s.body) : s.body),
      locked,
    };
  });
  return {
    ...toSummary(row),
    newsletterName: row.newsletter.name,
    sections,
    articles: row.articles.map((a) => toCard(a.article)),
    hasLockedSections: sections.some((s) => s.locked),
  };
}
