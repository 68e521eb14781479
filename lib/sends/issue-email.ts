// An issue as email: rendered once per variant (free, member) with placeholder tokens, then filled in
// per recipient by plain string substitution — React renders twice per send, not once per recipient.
import "server-only";
import { createElement } from "react";
import IssueEmail, { type IssueEmailProps } from "@/emails/issue";
import { requireEditor } from "../auth/guards";
import { sign, verifySignature } from "../server/crypto";
import { db } from "../server/db";
import { env } from "../server/env";
import { messageIdDomain, renderEmail } from "../mail/send";
import { firstParagraph, renderMarkdown } from "../content/markdown";
import { getSettings } from "../settings/settings";
import { imageInfo } from "../content/images";
import { brandFromSettings } from "../mail/brand";
import { emailPlainText } from "../mail/plain-text";
import { listUnsubscribeHeaders, unsubscribeUrl } from "../subscriptions/unsubscribe-links";

export type IssueVariant = "free" | "member";

export const TOKENS = {
  name: "%%NAME%%",
  unsubscribe: "%%UNSUBSCRIBE_URL%%",
  preferences: "%%PREFERENCES_URL%%",
  recipient: "%%R%%",
} as const;

export type RenderedIssue = {
  subject: string;
  html: string;
  text: string;
  /** Set when rendered for a send: links and pixel point at this Email's tracking rows. */
  emailId?: string;
  newsletterId?: string;
  listId?: string;
};

export type PersonalizeRecipient = { id: string; name: string | null; memberId: string | null; newsletterId: string; address: string };
export type PersonalizedIssue = { html: string; text: string; headers: Record<string, string>; messageId: string };

export class IssueEmailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IssueEmailError";
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Recipient part of tracking tokens: `<recipientId>.<sig>` (one HMAC per recipient). */
export function recipientToken(recipientId: string): string {
  return `${recipientId}.${sign("track", recipientId)}`;
}

/** Parses `<id>.<recipientId>.<sig>`; the recipient is null when the signature does not match. */
export function parseTrackingToken(token: string): { id: string; recipientId: string | null } | null {
  const parts = token.replace(/\.gif$/, "").split(".");
  if (parts.length !== 3 || parts.some((p) => !p || p.length > 100)) return null;
  const [id, recipientId, sig] = parts as [string, string, string];
  return { id, recipientId: verifySignature("track", recipientId, sig) ? recipientId : null };
}

async function loadIssue(issueId: string) {
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      number: true,
      subject: true,
      preheader: true,
      newsletterId: true,
      newsletter: { select: { id: true, name: true, slug: true } },
      sections: { orderBy: { position: "asc" }, select: { id: true, heading: true, body: true, teaser: true, visibility: true } },
      articles: { orderBy: { position: "asc" }, select: { article: { select: { title: true, slug: true, excerpt: true, status: true, coverImage: true } } } },
    },
  });
  if (!issue) throw new IssueEmailError("Issue not found.");
  return issue;
}

async function renderBase(issueId: string, variant: IssueVariant) {
  const [issue, settings] = await Promise.all([loadIssue(issueId), getSettings()]);
  const webUrl = `${env.APP_URL}/archive/${issue.number}`;
  const props: IssueEmailProps = {
    brand: brandFromSettings(settings),
    publicationName: settings.publicationName,
    postalAddress: settings.postalAddress,
    number: issue.number,
    subject: issue.subject,
    preheader: issue.preheader,
    webUrl,
    greetingName: TOKENS.name,
    sections: issue.sections.map((s) => {
      const locked = s.visibility !== "public" && variant === "free";
      // Members-only text never enters the free variant: only the teaser is rendered for it.
      const md = locked ? (s.teaser?.trim() ? s.teaser : firstParagraph(s.body)) : s.body;
      return { id: s.id, heading: s.heading, html: renderMarkdown(md), locked, readUrl: locked ? `${webUrl}#section-${s.id}` : undefined };
    }),
    articles: await Promise.all(
      issue.articles
        .filter((a) => a.article.status === "published")
        .map(async (a) => ({
          title: a.article.title,
          url: `${env.APP_URL}/articles/${a.article.slug}`,
          excerpt: a.article.excerpt,
          image: settings.emailShowFeatureImage ? await imageInfo(a.article.coverImage) : null,
        })),
    ),
    unsubscribeUrl: TOKENS.unsubscribe,
    preferencesUrl: TOKENS.preferences,
  };
  const { html } = await renderEmail(createElement(IssueEmail, props));
  return { issue, html };
}

/** Replaces every http(s) link (except per-recipient ones) with a signed redirect through /r/. */
async function rewriteLinks(html: string, emailId: string): Promise<string> {
  const re = /href="(https?:\/\/[^"]+)"/g;
  const urls = new Set<string>();
  for (const m of html.matchAll(re)) if (!m[1]!.includes("%%")) urls.add(m[1]!.replace(/&amp;/g, "&"));
  const ids = new Map<string, string>();
  for (const url of urls) {
    const row = await db.emailLink.upsert({ where: { emailId_url: { emailId, url } }, create: { emailId, url }, update: {}, select: { id: true } });
    ids.set(url, row.id);
  }
  return html.replace(re, (whole, raw: string) => {
    const id = ids.get(raw.replace(/&amp;/g, "&"));
    return id ? `href="${env.APP_URL}/r/${id}.${TOKENS.recipient}"` : whole;
  });
}

/**
 * Renders one variant of an issue. Per-recipient parts are tokens (see TOKENS) unless `forPreview`,
 * which fills them with sample values. With `emailId`, links are rewritten to click-tracking
 * redirects and an open pixel is added (per the flags). No access check: callers check.
 */
export async function renderIssueVariant(
  issueId: string,
  variant: IssueVariant,
  opts: { forPreview?: boolean; emailId?: string; trackClicks?: boolean; trackOpens?: boolean } = {},
): Promise<RenderedIssue> {
  const { issue, html: base } = await renderBase(issueId, variant);
  let html = base;
  if (opts.emailId && !opts.forPreview) {
    if (opts.trackClicks) html = await rewriteLinks(html, opts.emailId);
    if (opts.trackOpens) {
      const pixel = `<img src="${env.APP_URL}/o/${opts.emailId}.${TOKENS.recipient}.gif" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />`;
      html = html.includes("</body>") ? html.replace("</body>", `${pixel}</body>`) : html + pixel;
    }
  }
  const text = emailPlainText(html);
  const rendered: RenderedIssue = {
    subject: issue.subject,
    html,
    text,
    emailId: opts.emailId,
    newsletterId: issue.newsletterId,
    listId: `${issue.newsletter.name.replace(/[<>"\r\n]/g, "")} <${issue.newsletter.slug}.${messageIdDomain()}>`,
  };
  if (!opts.forPreview) return rendered;
  const sample = personalize(rendered, { id: "preview", name: "Alex", memberId: "preview", newsletterId: issue.newsletterId, address: "preview@example.com" });
  return { ...rendered, html: sample.html, text: sample.text };
}

/** The editor's preview of an issue as a free subscriber or as a member would receive it. */
export async function previewIssueEmail(issueId: string, variant: IssueVariant): Promise<RenderedIssue> {
  await requireEditor(`/admin/issues/${issueId}`);
  return renderIssueVariant(issueId, variant, { forPreview: true });
}

type Compiled = { html: string[]; text: string[] };
const compiledCache = new WeakMap<RenderedIssue, Compiled>();
const TOKEN_RE = /(%%NAME%%|%%UNSUBSCRIBE_URL%%|%%PREFERENCES_URL%%|%%R%%)/;

function compile(r: RenderedIssue): Compiled {
  let c = compiledCache.get(r);
  if (!c) {
    // split with a capturing group: even indexes are literal text, odd ones are tokens
    c = { html: r.html.split(TOKEN_RE), text: r.text.split(TOKEN_RE) };
    compiledCache.set(r, c);
  }
  return c;
}

function fill(parts: string[], values: Record<string, string>): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i]! : values[parts[i]!]!;
  return out;
}

/** Fills one recipient's parts into a rendered variant: no React, a few string joins. */
export function personalize(rendered: RenderedIssue, recipient: PersonalizeRecipient): PersonalizedIssue {
  const c = compile(rendered);
  const name = recipient.name?.trim() || "there";
  const unsub = recipient.memberId ? unsubscribeUrl(recipient.memberId, recipient.newsletterId) : `${env.APP_URL}/unsubscribe`;
  const prefs = `${env.APP_URL}/account`;
  const rtoken = recipientToken(recipient.id);
  const html = fill(c.html, {
    [TOKENS.name]: escapeHtml(name),
    [TOKENS.unsubscribe]: escapeHtml(unsub),
    [TOKENS.preferences]: escapeHtml(prefs),
    [TOKENS.recipient]: rtoken,
  });
  const text = fill(c.text, { [TOKENS.name]: name, [TOKENS.unsubscribe]: unsub, [TOKENS.preferences]: prefs, [TOKENS.recipient]: rtoken });
  const messageId = `<${rendered.emailId ?? "preview"}.${recipient.id}@${messageIdDomain()}>`;
  const headers: Record<string, string> = {
    ...(recipient.memberId ? listUnsubscribeHeaders(recipient.memberId, recipient.newsletterId) : {}),
    ...(rendered.listId ? { "List-Id": rendered.listId } : {}),
  };
  return { html, text, headers, messageId };
}
