// Everyone who writes for the magazine.
import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/server/build-phase";
import { listAuthors } from "@/lib/content/authors";

export const revalidate = 300;
export const metadata: Metadata = { title: "Authors", alternates: { canonical: "/authors" } };

export default async function AuthorsPage() {
  // Build-time shell, never served: scripts/build.mjs removes it (the build never reads the database).
  if (isBuildPhase()) return null;
  const authors = await listAuthors();
  return (
    <div className="container">
      <header className="page-header">
        <h1>Authors</h1>
        <p>Our correspondents and contributors across the region.</p>
      </header>
      <ul className="topic-grid">
        {authors.map((a) => (
          <li key={a.slug}>
            <h2>
              <a href={`/authors/${a.slug}`}>{a.name}</a>
            </h2>
            {a.location ? <p className="meta">{a.location}</p> : null}
            {a.bio ? <p>{a.bio}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
