// POST /api/member-data — downloads the requester's data as JSON (manage-link token in the form body,
// or the session). POST, so the download is never triggered by a prefetch or a forwarded GET link.
import { NextResponse, type NextRequest } from "next/server";
import { resolveDataSubject } from "@/lib/members/manage-access";
import { exportMemberData } from "@/lib/members/personal-data";

export async function POST(req: NextRequest) {
  let token: unknown = undefined;
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
    try {
      token = (await req.formData()).get("token");
    } catch {
      return NextResponse.json({ error: "invalid_body" }, { status: 400 });
    }
  }
  const subject = await resolveDataSubject(token);
  if (!subject) return NextResponse.json({ error: "unauthorized", message: "This link has expired or is not valid." }, { status: 401 });
  const data = await exportMemberData(subject.memberId);
  if (!data) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return new NextResponse(JSON.stringify(data, null, 2), {
    status: 200,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="weekly-outlook-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
