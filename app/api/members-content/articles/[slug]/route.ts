// The full body of a gated article for a browser at its level (401/403 with the missing level otherwise).
import { getMembersArticleContent } from "@/lib/content/members-content";
import { privateJson } from "@/lib/server/private-response";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const result = await getMembersArticleContent(slug.slice(0, 200));
  return result.ok ? privateJson({ html: result.html }) : privateJson({ error: result.status, need: result.need }, result.status);
}
