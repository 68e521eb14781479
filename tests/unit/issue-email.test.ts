// Issue emails: two variants rendered once, members-only text only in the member variant, fast substitution.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let db: typeof import("@/lib/server/db").db;
let ie: typeof import("@/lib/sends/issue-email");
let issueId: string;
let newsletterId: string;
const slug = `ie-${Date.now()}`;

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  ie = await import("@/lib/sends/issue-email");
  const nl = await db.newsletter.create({ data: { slug, name: "IE Test" } });
  newsletterId = nl.id;
  const issue = await db.issue.create({
    data: {
      newsletterId,
      number: 7,
      subject: "Issue seven",
      preheader: "The preheader",
      sections: {
        create: [
          { position: 0, heading: "Open", body: "Everyone reads this. [Link](https://example.org/a?x=1&y=2)", visibility: "public" },
          { position: 1, heading: "Locked", body: "Teaser paragraph.\n\nSECRET members-only analysis.", visibility: "members" },
          { position: 2, heading: "Locked2", body: "HIDDEN body", teaser: "Custom teaser", visibility: "members" },
        ],
      },
    },
  });
  issueId = issue.id;
});

afterAll(async () => {
  await db.newsletter.deleteMany({ where: { slug } });
});

describe("issue email", () => {
  it("renders the free variant with teasers and sign-in deep links only", async () => {
    const r = await ie.renderIssueVariant(issueId, "free");
    expect(r.html).toContain("Everyone reads this");
    expect(r.html).toContain("Teaser paragraph.");
    expect(r.html).toContain("Custom teaser");
    expect(r.html + r.text).not.toContain("SECRET");
    expect(r.html + r.text).not.toContain("HIDDEN");
    const locked = await db.issueSection.findFirstOrThrow({ where: { issueId, heading: "Locked" } });
    expect(r.html).toContain(`/archive/7#section-${locked.id}`);
    expect(r.html).toContain("Sign in to read");
    expect(r.html).toContain("%%NAME%%");
    expect(r.text).toContain("%%UNSUBSCRIBE_URL%%");
    expect(r.html).toContain("The preheader");
  });

  it("renders the member variant in full", async () => {
    const r = await ie.renderIssueVariant(issueId, "member");
    expect(r.html).toContain("SECRET members-only analysis");
    expect(r.html).toContain("HIDDEN body");
    expect(r.html).not.toContain("Sign in to read");
  });

  it("personalizes by substitution with headers and a stable Message-ID", async () => {
    const email = await db.email.create({ data: { issueId, newsletterId, subject: "Issue seven" } });
    const r = await ie.renderIssueVariant(issueId, "free", { emailId: email.id, trackClicks: true, trackOpens: true });
    expect(r.html).toContain("/r/");
    expect(r.html).not.toContain('href="https://example.org/a');
    const p = ie.personalize(r, { id: "rcp1", name: "Ann <b>", memberId: "mem1", newsletterId, address: "ann@example.org" });
    expect(p.html).toContain("Hi Ann &lt;b&gt;,");
    expect(p.text).toContain("Hi Ann <b>,");
    expect(p.html).not.toContain("%%");
    expect(p.text).not.toContain("%%");
    expect(p.messageId).toMatch(new RegExp(`^<${email.id}\\.rcp1@`));
    expect(p.headers["List-Unsubscribe"]).toMatch(/^<http.*\/api\/unsubscribe\?m=mem1&n=.*&s=.*>, <mailto:/);
    expect(p.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(p.headers["List-Id"]).toContain(slug);
    const link = await db.emailLink.findFirstOrThrow({ where: { emailId: email.id, url: "https://example.org/a?x=1&y=2" } });
    expect(p.html).toContain(`/r/${link.id}.rcp1.`);
    const token = /\/r\/([^"]+)"/.exec(p.html)![1]!;
    expect(ie.parseTrackingToken(token)?.recipientId).toBe("rcp1");
    expect(ie.parseTrackingToken(token.replace(/.$/, "x"))?.recipientId ?? null).toBe(null);
  });

  it("fills sample values for a preview", async () => {
    const r = await ie.renderIssueVariant(issueId, "member", { forPreview: true });
    expect(r.html).toContain("Hi Alex,");
    expect(r.html).not.toContain("%%");
  });
});
