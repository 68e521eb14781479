// Ids and the marker string of the members-only e2e fixture (no imports: shared by Vitest and Playwright).
export const MARKER = "ZQX-MEMBERS-ONLY-7f3a9c";
export const FIXTURE = {
  articleSlug: "members-only-leak-test",
  articleTitle: "Leak test: a members-only analysis",
  publicSlug: "public-comments-test",
  issueNumber: 9001,
  sectionId: "leaktestsection0001",
  publicSectionId: "leaktestsection0000",
} as const;

