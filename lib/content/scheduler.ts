// Promotes scheduled articles and issues to published once their time has come (runs in the worker).
import "server-only";
import { db } from "../server/db";

export async function promoteDueContent(now = new Date()): Promise<{ articles: number; issues: number }> {
  const articles = await db.article.updateMany({ where: { status: "scheduled", publishedAt: { lte: now } }, data: { status: "published" } });
  const issues = await db.issue.updateMany({ where: { status: "scheduled", scheduledAt: { lte: now } }, data: { status: "published" } });
  return { articles: articles.count, issues: issues.count };
}

export function startScheduler(intervalMs = 30_000): () => Promise<void> {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await promoteDueContent();
    } catch (e) {
      console.error("[scheduler]", (e as Error).message);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  void tick();
  return async () => clearInterval(timer);
}
