// An author's profile and a page of their published articles (the author page and its `?page=N` pages).
import type { ArticleCard } from "@/lib/content/articles";
import type { AuthorProfile } from "@/lib/content/authors";
import type { Paged } from "@/lib/shared/pagination";
import { Pagination } from "../ui/pagination";
import { ArticleList } from "./article-list";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .slice(0, 2)
    .join("")
    .toUpperCase();
}

export function AuthorView({ author, articles }: { author: AuthorProfile; articles: Paged<ArticleCard> }) {
  return (
    <div className="container">
      <header className="page-header author-header">
        <span className="avatar" aria-hidden="true">
          {initials(author.name)}
        </span>
        <div>
          <h1>
            {author.name}
            {articles.page > 1 ? `, page ${articles.page}` : ""}
          </h1>
          {author.location ? <p className="meta">{author.location}</p> : null}
          {author.bio ? <p>{author.bio}</p> : null}
        </div>
      </header>
      <section aria-labelledby="by-author">
        <div className="section-title">
          <h2 id="by-author">Articles by {author.name}</h2>
        </div>
        <ArticleList articles={articles.items} />
        <Pagination
          basePath={`/authors/${author.slug}`}
          page={articles.page}
          totalPages={articles.totalPages}
          label={`Pages of articles by ${author.name}`}
        />
      </section>
    </div>
  );
}
