// Every link and image in an email absolute to APP_URL: a mail client has no page to resolve "/x" against.
const ATTR = /\b(href|src|background)=(["'])([^"']*)\2/gi;
// Absolute already: a scheme (https:, mailto:, tel:, cid:, data:) or a send pipeline placeholder.
const KEEP = /^(?:[a-z][a-z0-9+.-]*:|%%)/i;

/** Rewrites relative href/src/background attributes (and srcset entries) against `base`. */
export function absolutizeEmailHtml(html: string, base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  const abs = (raw: string) => {
    const url = raw.trim();
    if (!url || KEEP.test(url)) return raw;
    // `&amp;` in attributes is HTML; URL() must see the real characters, then they are escaped again.
    try {
      return new URL(url.replace(/&amp;/g, "&"), root).toString().replace(/&/g, "&amp;");
    } catch {
      return raw;
    }
  };
  return html
    .replace(ATTR, (_whole, name: string, q: string, url: string) => `${name}=${q}${abs(url)}${q}`)
    .replace(/\bsrcset=(["'])([^"']*)\1/gi, (_w, q: string, set: string) =>
      `srcset=${q}${set
        .split(",")
        .map((part) => {
          const [u, ...d] = part.trim().split(/\s+/);
          return [abs(u ?? ""), ...d].join(" ");
        })
        .join(", ")}${q}`,
    );
}

/** Relative URLs left in an email's HTML or plain text (for tests and a send-time check). */
export function relativeUrlsIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTR)) {
    const url = m[3]!.trim();
    if (!KEEP.test(url)) out.push(`${m[1]}="${url}"`);
  }
  for (const m of html.matchAll(/\bsrcset=(["'])([^"']*)\1/gi))
    for (const part of m[2]!.split(",")) {
      const u = part.trim().split(/\s+/)[0] ?? "";
      if (u && !KEEP.test(u)) out.push(`srcset="${u}"`);
    }
  return out;
}
