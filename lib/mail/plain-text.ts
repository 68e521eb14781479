// The plain-text part of every email: what a text-only client (or a screen reader in one) shows.
import { toPlainText } from "@react-email/render";

type Builder = { addInline: (text: string) => void };
type Elem = { attribs?: Record<string, string> };

/**
 * HTML → readable text: headings in capitals, lists with bullets, links as "text <url>" (RFC 3986, appendix C) (the URL once
 * when it is the text), images as "[alt]" (pixels and decorative images, alt="", leave nothing), and
 * never more than one blank line in a row.
 */
export function emailPlainText(html: string): string {
  const text = toPlainText(html, {
    formatters: {
      altText: (elem: Elem, _walk: unknown, builder: Builder) => {
        const alt = elem.attribs?.alt?.trim();
        if (alt) builder.addInline(`[${alt}]`);
      },
    },
    selectors: [
      { selector: "img", format: "altText" },
      { selector: "a", options: { linkBrackets: ["<", ">"], hideLinkHrefIfSameAsText: true, noAnchorUrl: true } },
    ],
  } as Parameters<typeof toPlainText>[1]);
  return text
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .concat("\n");
}
