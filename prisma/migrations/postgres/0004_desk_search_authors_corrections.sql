-- Authors get a photo; a sent issue's web version can be corrected (Issue.correctedAt) while the send
-- keeps the email as sent (Email.sentFree / sentMember); full-text search over public text only
-- (docs/decisions/0131).
-- AlterTable
ALTER TABLE "Author" ADD COLUMN     "photo" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchBody" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchMeta" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "correctedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Email" ADD COLUMN     "sentFree" TEXT,
ADD COLUMN     "sentMember" TEXT;

-- Full-text search: a GIN index over the weighted document; lib/content/search.ts queries this exact
-- expression (title A, topics/authors and excerpt B, public body C).
CREATE INDEX "Article_fulltext_idx" ON "Article" USING GIN ((setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "searchMeta"), 'B') || setweight(to_tsvector('english', "excerpt"), 'B') || setweight(to_tsvector('english', "searchBody"), 'C')));
