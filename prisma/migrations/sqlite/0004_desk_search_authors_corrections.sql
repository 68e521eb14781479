-- Authors get a photo; a sent issue's web version can be corrected (Issue.correctedAt) while the send
-- keeps the email as sent (Email.sentFree / sentMember); full-text search over public text only
-- (docs/decisions/0131).
-- AlterTable
ALTER TABLE "Author" ADD COLUMN "photo" TEXT;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "correctedAt" DATETIME;

-- AlterTable
ALTER TABLE "Email" ADD COLUMN "sentFree" TEXT;
ALTER TABLE "Email" ADD COLUMN "sentMember" TEXT;

-- AlterTable (plain ADD COLUMN: the columns have defaults, so the table is not rebuilt)
ALTER TABLE "Article" ADD COLUMN "searchBody" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Article" ADD COLUMN "searchMeta" TEXT NOT NULL DEFAULT '';

-- Full-text index (FTS5), written by lib/content/search.ts indexArticles() beside every article save;
-- a standalone table (not external content) so it survives any later rebuild of "Article".
-- Articles from before it are indexed on the first search (ensureSearchIndex).
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("articleId" UNINDEXED, "title", "meta", "excerpt", "body", tokenize = 'porter unicode61 remove_diacritics 2');
