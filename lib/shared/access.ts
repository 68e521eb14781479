// Access levels (public / members / paid) and the one rule that decides whether a viewer may read a
// text at a level. Isomorphic: components use it for badges and calls to action.

/** The level of an article or issue section, and the highest level a viewer may read. */
export type AccessLevel = "public" | "members" | "paid";
export const ACCESS_LEVELS: readonly AccessLevel[] = ["public", "members", "paid"];

const RANK: Record<AccessLevel, number> = { public: 0, members: 1, paid: 2 };

/** Who is looking at content. `null` is an anonymous visitor — and what every cached public page passes. */
export type ContentViewer = { level: AccessLevel } | null;

/** The level a viewer reads at: anonymous visitors and signed-in people without a subscription read public text. */
export function levelOf(viewer: ContentViewer): AccessLevel {
  return viewer?.level ?? "public";
}

/** True when text at `level` may reach this viewer. */
export function canRead(viewer: ContentViewer, level: AccessLevel): boolean {
  return RANK[levelOf(viewer)] >= RANK[level];
}

/** True when `have` is at least `need`. */
export function levelAtLeast(have: AccessLevel, need: AccessLevel): boolean {
  return RANK[have] >= RANK[need];
}

/** Short labels for badges and the editor's picker. */
export const LEVEL_LABEL: Record<AccessLevel, string> = { public: "Public", members: "Members", paid: "Supporters" };
