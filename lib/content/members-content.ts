// Gated text, per viewer: the only way the full body of a members or paid article or issue section
// leaves the server outside the page itself. Each call checks the viewer's level (public/members/paid).
import "server-only";
import { getViewer } from "../auth/guards";
import { publishedWhere } from "./articles";
import { db } from "../server/db";
import { renderMarkdown } from "./markdown";
import { canRead, type AccessLevel } from "../shared/access";

/** 401: nobody signed in; 403: signed in below the level (`need` says which level is missing). */
export type MembersContent = { ok: true; html: string } | { ok: false; status: 401 | 403 | 404; need?: AccessLevel };

async function answer(row: { body: string; visibility: AccessLevel } | null): Promise<MembersContent> {
  const viewer = await getViewer();
  // Unknown and public texts answer 404 alike: this endpoint serves gated text only.
  if (!row || row.visibility === "public") return viewer ? { ok: false, status: 404 } : { ok: false, status: 401 };
  if (!viewer) return { ok: false, status: 401, need: row.visibility };
  if (!canRead(viewer, row.visibility)) return { ok: false, status: 403, need: row.visibility };
  return { ok: true, html: renderMarkdown(row.body) };
}

/** The full body of a published gated article, for viewers at its level. */
export async function getMembersArticleContent(slug: string): Promise<MembersContent> {
  const row = await db.article.findFirst({ where: { slug, visibility: { in: ["members", "paid"] }, ...publishedWhere() }, select: { body: true, visibility: true } });
  return answer(row);
}

/** One gated section of a published issue's web version, for viewers at its level. */
export async function getMembersSectionContent(issueNumber: number, sectionId: string): Promise<MembersContent> {
  const row = await db.issueSection.findFirst({
    where: {
      id: sectionId,
      visibility: { in: ["members", "paid"] },
      issue: { number: issueNumber, status: { in: ["published", "sent"] }, publishedAt: { not: null, lte: new Date() } },
    },
    select: { body: true, visibility: true },
  });
  return answer(row);
}
