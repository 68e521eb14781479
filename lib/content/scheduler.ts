// Promotes scheduled articles and issues to published once their time has come (runs in the worker).
import "server-only";
import { db } from "../server/db";
import { startPollLoop } from "../worker/poll-loop";

export async function promoteDueContent(now = new Date()): Promise<{ articles: number; issues: number }> {
  const articles = await db.article.updateMany({ where: { status: "scheduled", publishedAt: { lte: now } }, data: { status: "published" } });
  const issues = await db.issue.updateMany({ where: { status: "scheduled", scheduledAt: { lte: now } }, data: { status: "published" } });
  return { articles: articles.count, issues: issues.count };
}

/** Publishes due content every `pollMs` on the shared poll loop (nothing wakes it: times are known). */
export function startScheduler({ pollMs = 30_000 }: { pollMs?: number } = {}): () => Promise<void> {
  return startPollLoop({
    name: "scheduler",
    pollMs,
    tick: async () => {
      await promoteDueContent();
      return false;
    },
  });
}
