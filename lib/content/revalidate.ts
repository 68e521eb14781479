// Invalidates the cached public pages that show a piece of content, by content (not the whole site).
// Next tags every cached page with its path and its route pattern, so each call below expires
// exactly the pages that can show the content: its own page, and the lists (home and its pages,
// topic and author pages, the archive, feed and sitemap). Other articles' pages are left alone.
// Callable from server actions and route handlers of the web process (it needs Next's request
// scope); docs/rendering.md says what a worker process must do instead.
import "server-only";
import { revalidatePath } from "next/cache";

/** Every list that can show an article or an issue; one route pattern covers all its pages. */
export function revalidateLists(): void {
  revalidatePath("/");
  revalidatePath("/latest/[page]", "page");
  revalidatePath("/topics");
  revalidatePath("/topics/[slug]", "page");
  revalidatePath("/topics/[slug]/pages/[page]", "page");
  revalidatePath("/authors");
  revalidatePath("/authors/[slug]", "page");
  revalidatePath("/authors/[slug]/pages/[page]", "page");
  revalidatePath("/archive");
  revalidatePath("/archive/pages/[page]", "page");
  revalidatePath("/feed.xml");
  revalidatePath("/sitemap.xml");
}

/** An article was published, unpublished, edited or deleted. */
export function revalidateArticle(slug: string): void {
  revalidatePath(`/articles/${slug}`);
  revalidateLists();
}

/** An issue was published, unpublished, edited or deleted. */
export function revalidateIssue(issueNumber: number): void {
  revalidatePath(`/archive/${issueNumber}`);
  revalidateLists();
}

/** An author's profile changed (their articles show the byline: pass the article slugs). */
export function revalidateAuthor(slug: string, articleSlugs: readonly string[] = []): void {
  for (const a of articleSlugs) revalidatePath(`/articles/${a}`);
  revalidatePath(`/authors/${slug}`);
  revalidateLists();
}

/** A topic changed (its name shows on its articles: pass the article slugs). */
export function revalidateTopic(slug: string, articleSlugs: readonly string[] = []): void {
  for (const a of articleSlugs) revalidatePath(`/articles/${a}`);
  revalidatePath(`/topics/${slug}`);
  revalidateLists();
}

/**
 * Kept for the existing callers: the given content paths (from the editors' results) and the
 * lists. No longer revalidates the whole site layout.
 */
export function revalidatePublicContent(paths: readonly string[] = []): void {
  for (const p of paths) revalidatePath(p);
  revalidateLists();
}
