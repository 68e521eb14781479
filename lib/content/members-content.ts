// Members-only text, per viewer: the only way the full body of a members-only article or issue
// section leaves the server. Public pages carry teasers; this answers members' browsers directly.
import "server-only";
import { getViewer } from "../auth/guards";
import { publishedWhere } from "./articles";
import { db } from "../server/db";
import { renderMarkdown } from "./markdown";

export type MembersContent = { ok: true; html: string } | { ok: false; status: 401 | 403 | 404 };

/** The full body of a published members-only article, for members only. */
export async function getMembersArticleContent(slug: string): Promise<MembersContent> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, status: 401 };
  if (!viewer.isMember) return { ok: false, status: 403 };
  const row = await db.article.findFirst({ where: { slug, visibility: "members", ...publishedWhere() }, select: { body: true } });
  if (!row) return { ok: false, status: 404 };
  return { ok: true, html: renderMarkdown(row.body) };
}

/** One members-only section of a published issue's web version, for members only. */
export async function getMembersSectionContent(issueNumber: number, sectionId: string): Promise<MembersContent> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, status: 401 };
  if (!viewer.isMember) return { ok: false, status: 403 };
  const row = await db.issueSection.findFirst({
    where: { id: sectionId, visibility: "members", issue: { number: issueNumber, status: { in: ["published", "sent"] }, publishedAt: { not: null, lte: new Date() } } },
    select: { body: true },
  });
  if (!row) return { ok: false, status: 404 };
  return { ok: true, html: renderMarkdown(row.body) };
}
