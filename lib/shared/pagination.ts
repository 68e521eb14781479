// Page-number parsing shared by the public lists: bad or huge input never reaches the database as is.
export const MAX_PAGE = 10_000;

/** Parses a 1-based page number from a URL segment or query value; null when it is not a clean integer. */
export function parsePage(raw: string | string[] | undefined | null): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null || value === "") return 1;
  if (!/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  if (n < 1 || n > MAX_PAGE) return null;
  return n;
}

export type Paged<T> = { items: T[]; page: number; perPage: number; total: number; totalPages: number };

export function pageWindow(page: number, perPage: number) {
  return { skip: (Math.max(1, page) - 1) * perPage, take: perPage };
}

export function totalPagesOf(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
