// One issue of a newsletter as an email: masthead, greeting, sections (members-only ones as teasers in
// the free variant), linked articles, and the shared footer. Per-recipient parts arrive as strings
// (the send pipeline passes placeholder tokens and fills them in by substitution).
import { Heading, Img, Link, Section, Text } from "@react-email/components";
import { colors, EmailLayout, fonts, paragraph, type EmailBrand } from "./_components/layout";

export type IssueEmailSection = {
  id: string;
  heading: string;
  /** Sanitized HTML: the whole section, or only its teaser when `locked`. */
  html: string;
  locked: boolean;
  /** Where a locked section can be read in full after signing in. */
  readUrl?: string;
};

export type IssueEmailArticle = {
  title: string;
  url: string;
  excerpt: string;
  /** The article's cover, absolute to APP_URL; shown when the design's "feature image" setting is on. */
  image?: { url: string; width: number | null; height: number | null } | null;
};

/** Inner width of the 600 px email card (24 px padding each side). */
const CONTENT_WIDTH = 552;

export type IssueEmailProps = { brand?: EmailBrand;
  publicationName: string;
  postalAddress: string;
  number: number;
  subject: string;
  preheader: string;
  webUrl: string;
  greetingName: string;
  sections: IssueEmailSection[];
  articles: IssueEmailArticle[];
  unsubscribeUrl: string;
  preferencesUrl: string;
};

export default function IssueEmail(p: IssueEmailProps) {
  const accent = p.brand?.accent ?? colors.accent;
  return (
    <EmailLayout brand={p.brand}
      preview={p.preheader || p.subject}
      publicationName={p.publicationName}
      footer={{
        postalAddress: p.postalAddress,
        unsubscribeUrl: p.unsubscribeUrl,
        preferencesUrl: p.preferencesUrl,
        reason: `You receive this because you subscribed to ${p.publicationName}.`,
      }}
    >
      <Text style={{ fontSize: 12, color: colors.muted, margin: "0 0 16px" }}>
        {`Issue ${p.number} · `}
        <Link href={p.webUrl} style={{ color: colors.muted, textDecoration: "underline" }}>
          Read it on the web
        </Link>
      </Text>
      <Heading as="h1" style={{ fontFamily: fonts.serif, fontSize: 28, lineHeight: "34px", margin: "0 0 16px", color: colors.ink }}>
        {p.subject}
      </Heading>
      <Text style={paragraph}>{`Hi ${p.greetingName},`}</Text>
      {p.sections.map((s) => (
        <Section key={s.id} id={`section-${s.id}`} style={{ margin: "0 0 24px" }}>
          <Heading as="h2" style={{ fontFamily: fonts.serif, fontSize: 21, lineHeight: "28px", margin: "8px 0 12px", color: colors.ink }}>
            {s.heading}
            {s.locked ? <span style={{ fontSize: 12, color: accent, fontFamily: fonts.sans }}> · Members only</span> : null}
          </Heading>
          <div style={{ fontSize: 16, lineHeight: "26px", color: colors.ink }} dangerouslySetInnerHTML={{ __html: s.html }} />
          {s.locked && s.readUrl ? (
            <Text style={paragraph}>
              <Link href={s.readUrl} style={{ color: accent, fontWeight: 600 }}>
                Sign in to read
              </Link>
            </Text>
          ) : null}
        </Section>
      ))}
      {p.articles.length > 0 ? (
        <Section style={{ margin: "8px 0 0" }}>
          <Heading as="h2" style={{ fontFamily: fonts.serif, fontSize: 19, margin: "8px 0 12px", color: colors.ink }}>
            Read more
          </Heading>
          {p.articles.map((a) => (
            <Section key={a.url} style={{ margin: "0 0 16px" }}>
              {a.image && (p.brand?.showFeatureImage ?? true) ? (
                <Link href={a.url}>
                  <Img
                    src={a.image.url}
                    alt=""
                    width={CONTENT_WIDTH}
                    height={a.image.width && a.image.height ? Math.round((a.image.height / a.image.width) * CONTENT_WIDTH) : undefined}
                    style={{ display: "block", width: "100%", maxWidth: CONTENT_WIDTH, height: "auto", border: 0, margin: "0 0 8px" }}
                  />
                </Link>
              ) : null}
              <Text style={{ ...paragraph, fontSize: 15, margin: 0 }}>
                <Link href={a.url} style={{ color: accent, fontWeight: 600 }}>
                  {a.title}
                </Link>
                {a.excerpt ? <> — {a.excerpt}</> : null}
              </Text>
            </Section>
          ))}
        </Section>
      ) : null}
    </EmailLayout>
  );
}

IssueEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Weekly Outlook, Vinohradská 12, 120 00 Prague 2, Czech Republic",
  number: 42,
  subject: "Budapest's budget gamble",
  preheader: "What the new fiscal plan means for the region",
  webUrl: "http://localhost:3000/archive/42",
  greetingName: "Alex",
  sections: [
    { id: "a", heading: "The week in brief", html: "<p>Public text for everyone.</p>", locked: false },
    { id: "b", heading: "Our analysis", html: "<p>The first paragraph of the members-only analysis…</p>", locked: true, readUrl: "http://localhost:3000/archive/42#section-b" },
  ],
  articles: [{ title: "Why Warsaw is betting on nuclear", url: "http://localhost:3000/articles/warsaw-nuclear", excerpt: "A long read." }],
  unsubscribeUrl: "http://localhost:3000/unsubscribe",
  preferencesUrl: "http://localhost:3000/account",
} satisfies IssueEmailProps;
