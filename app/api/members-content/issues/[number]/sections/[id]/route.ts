// One gated issue section for a browser at its level (401/403 with the missing level otherwise).
import { getMembersSectionContent } from "@/lib/content/members-content";
import { privateJson } from "@/lib/server/private-response";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ number: string; id: string }> }) {
  const { number, id } = await params;
  // Issue numbers are small positive integers: anything else (huge, negative, 1e3) is simply not found.
  if (!/^[1-9]\d{0,6}$/.test(number)) return privateJson({ error: 404 }, 404);
  const n = Number(number);
  const result = await getMembersSectionContent(n, id.slice(0, 100));
  return result.ok ? privateJson({ html: result.html }) : privateJson({ error: result.status, need: result.need }, result.status);
}
