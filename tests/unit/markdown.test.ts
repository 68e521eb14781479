// Editor Markdown is rendered to HTML through one allowlist: nothing in the corpus can execute.
import { describe, expect, it } from "vitest";
import { firstParagraph, markdownToText, readingMinutes, renderMarkdown } from "@/lib/content/markdown";

export const XSS_CORPUS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<a href=\"javascript&colon;alert(1)\">x</a>",
  "<svg onload=alert(1)>",
  "<iframe src=\"https://evil.example\"></iframe>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<p onclick=\"alert(1)\">para</p>",
  "![x](x\" onerror=\"alert(1))",
  "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
  "<form action=\"https://evil.example\"><input name=a></form>",
  "<object data=\"javascript:alert(1)\"></object>",
  "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
];

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("## Heading\n\nA **bold** [link](https://example.org).\n\n> quote\n\n- one\n- two");
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">link</a>');
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>one</li>");
  });

  it.each(XSS_CORPUS)("neutralises %s", (input) => {
    const html = renderMarkdown(`Before\n\n${input}\n\nAfter`).toLowerCase();
    expect(html).not.toMatch(/<script|<iframe|<svg|<object|<form|<meta|<math|<input/);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/); // no event-handler attribute in any tag
    expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/);
    expect(html).not.toContain("style=");
  });

  it("demotes h1 so the page keeps one title", () => {
    expect(renderMarkdown("# Title").trim()).toBe("<h2>Title</h2>");
  });
});

describe("text helpers", () => {
  it("extracts plain text, the first paragraph and the reading time", () => {
    const md = "## Head\n\nFirst *paragraph* here.\n\nSecond one.";
    expect(markdownToText(md)).toContain("First paragraph here.");
    expect(firstParagraph(md)).toBe("First *paragraph* here.");
    expect(readingMinutes("word ".repeat(460))).toBe(2);
    expect(readingMinutes("")).toBe(1);
  });
});

describe("deep nesting (issue 10, finding 9)", () => {
  const deepQuote = ">".repeat(5000) + " x";
  const deepList = Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
  const deepBrackets = "[".repeat(5000) + "x" + "]".repeat(5000);

  it.each([["quotes", deepQuote], ["lists", deepList], ["brackets", deepBrackets]])("%s nested thousands deep render as plain text, never throw", async (_name, md) => {
    const { renderMarkdown, markdownToText } = await import("@/lib/content/markdown");
    const html = renderMarkdown(md);
    expect(html.startsWith("<p>")).toBe(true);
    expect(html).not.toContain("<blockquote>");
    expect(() => markdownToText(md)).not.toThrow();
  });

  it("is refused on save with a clear message; ordinary nesting is fine", async () => {
    const { markdownProblem } = await import("@/lib/content/markdown");
    const { ArticleSchema, IssueSectionSchema } = await import("@/lib/content/schemas");
    expect(markdownProblem(deepQuote)).toMatch(/nested more than/);
    const a = ArticleSchema.safeParse({ title: "T", slug: "t", body: deepQuote });
    expect(a.success).toBe(false);
    if (!a.success) expect(a.error.issues.find((i) => i.path[0] === "body")?.message).toMatch(/nested more than/);
    const s = IssueSectionSchema.safeParse({ heading: "H", body: deepBrackets });
    expect(s.success).toBe(false);
    expect(markdownProblem("> quote\n>> deeper\n\n- a\n  - b\n    - c\n\n[link](https://example.com) (aside)")).toBeNull();
  });
});
