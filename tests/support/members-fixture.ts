// e2e fixture: a members-only article and an issue with a members-only section, each holding a
// unique marker string that must reach members only. Idempotent (fixed ids).
import { e2eDb } from "./e2e";
import { FIXTURE, MARKER, PAID_MARKER } from "./fixture-ids";

export { FIXTURE, MARKER, PAID_MARKER };

export function ensureMembersFixture(): typeof FIXTURE {
  const db = e2eDb();
  try {
    const now = new Date().toISOString();
    const past = "2020-01-01T00:00:00.000Z";
    const article = db.prepare(
      `INSERT OR IGNORE INTO "Article" (id, slug, title, excerpt, body, teaser, visibility, status, publishedAt, readingMinutes, searchText, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, 3, ?, ?, ?)`,
    );
    article.run(
      "leaktestarticle0001", FIXTURE.articleSlug, FIXTURE.articleTitle, "What the ministers did not say.",
      `The public opening paragraph of the analysis.\n\nThe members-only part: ${MARKER} is the secret.\n\nMore ${MARKER} here.`,
      null, "members", past, `leak test: a members-only analysis what the ministers did not say.`, now, now,
    );
    article.run(
      "leaktestarticle0002", FIXTURE.publicSlug, "A public article for comments", "Public.", "Public body for comments.",
      null, "public", past, "a public article for comments public.", now, now,
    );
    article.run(
      "leaktestarticle0003", FIXTURE.paidSlug, "Leak test: a supporters-only dispatch", "For supporters.",
      `The supporters' opening paragraph.\n\nThe paid part: ${PAID_MARKER} is the secret.`,
      null, "paid", past, "leak test: a supporters-only dispatch for supporters.", now, now,
    );
    const nl = db.prepare(`SELECT id FROM "Newsletter" WHERE slug = 'weekly-outlook'`).get() as { id: string } | undefined;
    if (!nl) throw new Error("the seeded newsletter is missing");
    db.prepare(
      `INSERT OR IGNORE INTO "Issue" (id, newsletterId, number, subject, preheader, status, publishedAt, sentAt, createdAt, updatedAt)
       VALUES ('leaktestissue0001', ?, ?, 'Leak test issue', 'A preheader', 'sent', ?, ?, ?, ?)`,
    ).run(nl.id, FIXTURE.issueNumber, past, past, now, now);
    const section = db.prepare(`INSERT OR IGNORE INTO "IssueSection" (id, issueId, position, heading, body, teaser, visibility) VALUES (?, 'leaktestissue0001', ?, ?, ?, ?, ?)`);
    section.run(FIXTURE.publicSectionId, 0, "Public opener", "Everyone reads this.", null, "public");
    section.run(FIXTURE.sectionId, 1, "Members insight", `Teaser sentence for everyone.\n\nThe hidden part: ${MARKER}.`, null, "members");
    section.run(FIXTURE.paidSectionId, 2, "Supporters dispatch", `Teaser for supporters' section.\n\nThe paid part: ${PAID_MARKER}.`, null, "paid");
    return FIXTURE;
  } finally {
    db.close();
  }
}
