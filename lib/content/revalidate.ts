// Invalidates the statically cached public pages after an editor changes published content.
import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Call after publishing, unpublishing or editing an article, topic, author or issue. Every public
 * page lists shared content (home, topics, authors, archive), so the whole site layout is
 * revalidated rather than guessing which lists an article appears in; the feed and sitemap are
 * route handlers outside any layout and are named explicitly.
 */
export function revalidatePublicContent(): void {
  revalidatePath("/", "layout");
  revalidatePath("/feed.xml");
  revalidatePath("/sitemap.xml");
}
