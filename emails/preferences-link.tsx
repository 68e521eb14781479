// A fresh link to the unsubscribe and preferences page, asked for from an expired one.
import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, paragraph, buttonStyle, type EmailBrand } from "./_components/layout";

export type PreferencesLinkEmailProps = { brand?: EmailBrand; publicationName: string; postalAddress: string; name?: string; preferencesUrl: string; days: number };

export default function PreferencesLinkEmail({ brand, publicationName, postalAddress, name, preferencesUrl, days }: PreferencesLinkEmailProps) {
  return (
    <EmailLayout brand={brand} preview="Your email preferences" publicationName={publicationName} footer={{ postalAddress, reason: "You asked for this link. If you did not, ignore this email." }}>
      <Text style={paragraph}>{name ? `Hello ${name},` : "Hello,"}</Text>
      <Text style={paragraph}>Here is a fresh link to choose which newsletters you receive, unsubscribe, or get a copy of your data. It works for {days} days.</Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={preferencesUrl} style={buttonStyle(brand)}>
          My email preferences
        </Button>
      </Section>
      <Text style={paragraph}>Or paste this address into your browser: {preferencesUrl}</Text>
    </EmailLayout>
  );
}

PreferencesLinkEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Vinohradská 12, Prague",
  name: "Jana",
  preferencesUrl: "http://localhost:3000/unsubscribe?m=1&n=1&t=20000&s=example",
  days: 60,
} satisfies PreferencesLinkEmailProps;
