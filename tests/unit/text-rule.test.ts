// Issue 10, finding 3: text at the boundary is well-formed Unicode without control characters, and
// one bad item in a group-committed first-signup batch fails only itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanText, isWellFormedText, NameSchema, textProblem } from "@/lib/shared/text";
import { SubscribeSchema } from "@/lib/subscriptions/schemas";
import { PostCommentSchema } from "@/lib/comments/schemas";
import { ArticleSchema, IssueSchema, MemberAddSchema } from "@/lib/content/schemas";

const LONE_HIGH = "\uD800";
const LONE_LOW = "\uDC00";
const D = "@text-rule.test";

describe("the text rule", () => {
  it("refuses lone surrogates, control characters and direction overrides", () => {
    for (const bad of [`a${LONE_HIGH}b`, `a${LONE_LOW}`, `${LONE_LOW}${LONE_HIGH}`, "a\u0000b", "a\u001bb", "a\u0085b", "evil\u202Egnp.exe"]) {
      expect(textProblem(bad), JSON.stringify(bad)).not.toBeNull();
    }
    expect(textProblem("line\nbreak")).not.toBeNull();
    expect(textProblem("line\nbreak\tand tab\r\n", { multiline: true })).toBeNull();
    expect(textProblem("a\u0007b", { multiline: true })).not.toBeNull();
  });

  it("accepts ordinary text in any script, emoji included", () => {
    for (const ok of ["Zoë Łukasiewicz", "Ярослав", "東京", "👩🏽‍💻 Anna", "O'Brien-Smith"]) expect(textProblem(ok), ok).toBeNull();
  });

  it("is the rule of the name, comment, article, issue and member schemas", () => {
    expect(NameSchema.safeParse(`Anna${LONE_HIGH}`).success).toBe(false);
    expect(NameSchema.safeParse("Anna\nSmith").success).toBe(false);
    expect(NameSchema.parse("  Anna   Smith ")).toBe("Anna Smith");
    expect(NameSchema.parse(null)).toBeUndefined();
    const sub = SubscribeSchema.safeParse({ email: `x${D}`, name: `x${LONE_HIGH}` });
    expect(sub.success).toBe(false);
    expect(sub.error?.issues[0]?.path).toEqual(["name"]);
    expect(PostCommentSchema.safeParse({ articleSlug: "a", body: `hi ${LONE_LOW}` }).success).toBe(false);
    expect(PostCommentSchema.safeParse({ articleSlug: "a", body: "two\nlines" }).success).toBe(true);
    expect(ArticleSchema.safeParse({ title: `T${LONE_HIGH}` }).success).toBe(false);
    expect(ArticleSchema.safeParse({ title: "T", body: `x ${LONE_HIGH}` }).success).toBe(false);
    expect(IssueSchema.safeParse({ id: "i", subject: "S\r\nBcc: x@y.z", sections: [] }).success).toBe(false);
    expect(MemberAddSchema.safeParse({ email: `m${D}`, name: `M${LONE_LOW}` }).success).toBe(false);
  });

  it("cleanText never leaves half a pair where it cuts", () => {
    const s = `${"a".repeat(119)}😀tail`;
    const cut = cleanText(s, 120);
    expect(isWellFormedText(cut)).toBe(true);
    expect(cut).toBe("a".repeat(119));
    expect(cleanText(`a\u0000b${LONE_HIGH}`, 50)).toBe("a b\uFFFD");
  });
});

describe("group-committed first signups (library level, below the schema)", () => {
  let db: typeof import("@/lib/server/db").db;
  let subs: typeof import("@/lib/subscriptions/state");
  let newsletterId: string;
  beforeAll(async () => {
    ({ db } = await import("@/lib/server/db"));
    subs = await import("@/lib/subscriptions/state");
    const nl = (await db.newsletter.findFirst({ where: { slug: "weekly-outlook" } })) ?? (await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } }));
    newsletterId = nl.id;
  });
  afterAll(async () => {
    await db.member.deleteMany({ where: { email: { endsWith: D } } });
    await db.outboxMessage.deleteMany({ where: { to: { endsWith: D } } });
  });

  it("one signup the database refuses fails alone; the 38 batched with it are written", async () => {
    const run = Date.now().toString(36);
    const emails = Array.from({ length: 39 }, (_, i) => `g${i}-${run}${D}`);
    const outcomes = await Promise.all(
      emails.map((email, i) =>
        subs.subscribe({ email, name: i === 7 ? `bad${LONE_HIGH}name` : `Honest ${i}`, newsletterIds: [newsletterId] }).then(
          () => "ok",
          () => "failed",
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "failed")).toHaveLength(1);
    expect(outcomes[7]).toBe("failed");
    const written = await db.member.findMany({ where: { email: { in: emails } }, select: { email: true, subscriptions: { select: { status: true } } } });
    expect(written).toHaveLength(38);
    expect(written.every((m) => m.subscriptions.length === 1 && m.subscriptions[0]!.status === "pending")).toBe(true);
    expect(await db.outboxMessage.count({ where: { to: { in: emails } } })).toBe(38);
  });
});
