// Data export: everything we hold about the signed-in person, as a JSON download.
import { exportAccountData } from "@/lib/members/account";
import { getViewer } from "@/lib/auth/guards";
import { PRIVATE_HEADERS, privateJson } from "@/lib/server/private-response";

export const dynamic = "force-dynamic";

export async function GET() {
  // A route handler answers 401 rather than redirecting a download to an HTML page.
  if (!(await getViewer())) return privateJson({ error: "sign in first" }, 401);
  const data = await exportAccountData();
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="weekly-outlook-account-${new Date().toISOString().slice(0, 10)}.json"`,
    },
  });
}
