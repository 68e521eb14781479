// Query strings as Next hands them to pages: a repeated key (`?q=a&q=b`) arrives as an array, whatever
// the page's type says. A page that wants one value per key takes the first, here, before using any.
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(sp: SearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(sp)) out[key] = Array.isArray(value) ? value[0] : value;
  return out;
}
