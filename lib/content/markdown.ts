// Markdown → sanitized HTML, for the web and for email. One allowlist for everything editors write.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "br", "hr", "blockquote", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
    "code", "pre", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub",
  ],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title", "width", "height"], th: ["align"], td: ["align"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer" } }),
    h1: "h2",
  },
  allowedAttributesByTag: {},
} as sanitizeHtml.IOptions;
// rel is added by transformTags, so allow it through.
(SANITIZE.allowedAttributes as Record<string, string[]>).a!.push("rel");
// Relative image paths (uploads) are allowed as well as http(s).
SANITIZE.allowedSchemesAppliedToAttributes = ["href", "src"];

/** How deep blocks (quotes, lists) and inline brackets may nest: far beyond any real article. */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * Why a Markdown text is refused on save, or null. Deep nesting (5,000 `>` in 12 KB) overflows the
 * renderer's stack, so it is bounded here, at the boundary, and again at render time.
 */
export function markdownProblem(markdown: string): string | null {
  let inline = 0;
  let maxInline = 0;
  for (const ch of markdown) {
    if (ch === "[" || ch === "(") maxInline = Math.max(maxInline, ++inline);
    else if (ch === "]" || ch === ")") inline = Math.max(0, inline - 1);
    else if (ch === "\n") inline = 0;
  }
  if (maxInline > MAX_MARKDOWN_NESTING) return `Brackets are nested more than ${MAX_MARKDOWN_NESTING} deep.`;
  for (const line of markdown.split("\n")) {
    const lead = /^[\s>*+\-\d.)]*/.exec(line)?.[0] ?? "";
    const depth = (lead.match(/>/g)?.length ?? 0) + (lead.match(/(^|\s)([*+-]|\d+[.)])(?=\s)/g)?.length ?? 0) + Math.floor((lead.match(/ /g)?.length ?? 0) / 4);
    if (depth > MAX_MARKDOWN_NESTING) return `Quotes and lists are nested more than ${MAX_MARKDOWN_NESTING} deep.`;
  }
  return null;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text we refuse to parse (saved before the bound, or imported) is shown as plain escaped text. */
function safeParse(markdown: string): string {
  if (markdownProblem(markdown) === null) {
    try {
      return marked.parse(markdown) as string;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return `<p>${escapeHtml(markdown.slice(0, 200_000))}</p>`;
}

/** Renders editor Markdown to HTML that is safe to insert into a page or an email. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(safeParse(markdown), SANITIZE);
}

/** Plain text of Markdown: for excerpts, reading time and the plain-text part of emails. */
export function markdownToText(markdown: string): string {
  const html = safeParse(markdown);
  return sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|blockquote)>/g, "\n\n").replace(/<br\s*\/?>/g, "\n"), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first paragraph of a Markdown body: the default teaser of members-only text. */
export function firstParagraph(markdown: string): string {
  const para = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith("#") && !p.startsWith(">") && !p.startsWith("-") && !p.startsWith("*"));
  return para ?? "";
}

/** Reading time at 230 words a minute, at least one minute. */
export function readingMinutes(markdown: string): number {
  const words = markdownToText(markdown).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
