// A list of article cards: headline, excerpt, byline, date and reading time.
import type { ArticleCard } from "@/lib/content/articles";
import { FormattedDate } from "../ui/formatted-date";

export function AuthorLinks({ authors }: { authors: ArticleCard["authors"] }) {
  return (
    <>
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 ? (i === authors.length - 1 ? " and " : ", ") : null}
          <a href={`/authors/${a.slug}`}>{a.name}</a>
        </span>
      ))}
    </>
  );
}

export function ArticleList({ articles, headingLevel = 3 }: { articles: ArticleCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (articles.length === 0) return <p className="meta">Nothing published here yet.</p>;
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.slug} className="article-card">
          {a.topics[0] ? <span className="kicker">{a.topics[0].name}</span> : null}
          <Heading>
            <a href={`/articles/${a.slug}`}>{a.title}</a>
          </Heading>
          <p className="article-card__excerpt">{a.excerpt}</p>
          <p className="meta">
            {a.authors.length > 0 ? (
              <>
                By <AuthorLinks authors={a.authors} />
                <span className="dot" />
              </>
            ) : null}
            <FormattedDate date={a.publishedAt} />
            <span className="dot" />
            {a.readingMinutes} min read
            {a.visibility !== "public" ? (
              <>
                {" "}
                <span className="badge">{a.visibility === "paid" ? "Supporters" : "Members"}</span>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
