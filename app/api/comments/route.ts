// Comments of one article for the asking viewer: anonymous people get the count only.
import { getCommentsForViewer } from "@/lib/comments/threads";
import { privateJson } from "@/lib/server/private-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const slug = new URL(req.url).searchParams.get("article");
  if (!slug || slug.length > 200) return privateJson({ error: "article is required" }, 400);
  const view = await getCommentsForViewer(slug);
  if (!view) return privateJson({ error: "not found" }, 404);
  return privateJson(view);
}
