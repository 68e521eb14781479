// CSV export of the filtered member list, streamed.
import { exportMembersCsv, parseMemberFilters } from "@/lib/members/directory";
import { requireEditor } from "@/lib/auth/guards";

export async function GET(req: Request) {
  await requireEditor("/admin/members");
  const url = new URL(req.url);
  const f = parseMemberFilters(Object.fromEntries(url.searchParams));
  const body = await exportMembersCsv(f);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="members-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
