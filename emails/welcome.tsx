// Sent once a subscription is confirmed. Carries List-Unsubscribe and the footer's unsubscribe links.
import { Link, Text } from "@react-email/components";
import { EmailLayout, paragraph, type EmailBrand } from "./_components/layout";

export type WelcomeEmailProps = { brand?: EmailBrand;
  publicationName: string;
  postalAddress: string;
  description: string;
  name?: string;
  newsletters: string[];
  siteUrl: string;
  unsubscribeUrl: string;
};

export default function WelcomeEmail({ brand, publicationName, postalAddress, description, name, newsletters, siteUrl, unsubscribeUrl }: WelcomeEmailProps) {
  return (
    <EmailLayout brand={brand}
      preview={`Welcome to ${publicationName}`}
      publicationName={publicationName}
      footer={{ postalAddress, unsubscribeUrl, preferencesUrl: unsubscribeUrl, reason: `You are receiving this because you subscribed to ${newsletters.join(", ")}.` }}
    >
      <Text style={paragraph}>{name ? `Welcome, ${name}!` : "Welcome!"}</Text>
      <Text style={paragraph}>
        Your subscription to {newsletters.join(", ")} is confirmed. {description}
      </Text>
      <Text style={paragraph}>
        The next issue arrives in this inbox. Meanwhile, read the latest analysis at <Link href={siteUrl}>{siteUrl.replace(/^https?:\/\//, "")}</Link>.
      </Text>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Vinohradská 12, Prague",
  description: "Independent analysis of politics, economy and society in Central and Eastern Europe.",
  name: "Jana",
  newsletters: ["Weekly Outlook"],
  siteUrl: "http://localhost:3000",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?m=1&n=1&s=x",
} satisfies WelcomeEmailProps;
