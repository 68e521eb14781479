// Who may export or delete a member's data in this request: the holder of a valid manage link, or
// the signed-in member themself.
import "server-only";
import { getViewer } from "../auth/guards";
import { memberForManageToken } from "../subscriptions/state";
import { TokenSchema } from "../subscriptions/schemas";

export async function resolveDataSubject(token: unknown): Promise<{ memberId: string; email: string; via: "token" | "session" } | null> {
  const parsed = TokenSchema.safeParse(token);
  if (parsed.success) {
    const m = await memberForManageToken(parsed.data);
    if (m) return { ...m, via: "token" };
  }
  const viewer = await getViewer();
  return viewer ? { memberId: viewer.id, email: viewer.email, via: "session" } : null;
}
