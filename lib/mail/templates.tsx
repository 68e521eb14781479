// Registry of transactional email templates the outbox can send: name → payload schema + builder.
// Features add their entries here; the outbox stores only the name and the (sealed) payload.
import "server-only";
import type { ReactElement } from "react";
import { z } from "zod";
import ConfirmSubscriptionEmail from "@/emails/confirm-subscription";
import ManageAccessEmail from "@/emails/manage-access";
import PreferencesLinkEmail from "@/emails/preferences-link";
import SignInEmail from "@/emails/sign-in";
import SmtpTestEmail from "@/emails/smtp-test";
import WelcomeEmail from "@/emails/welcome";
import { env } from "../server/env";
import { getSettings, type Settings } from "../settings/settings";
import { copyOf, fillBodyHtml, fillSubject } from "./copy-fill";
import { brandFromSettings } from "./brand";
import { listUnsubscribeHeaders, UNSUBSCRIBE_LINK_DAYS, unsubscribeUrl } from "../subscriptions/unsubscribe-links";

export type BuiltEmail = { subject: string; react: ReactElement; headers?: Record<string, string> };
type Copy = { subject: string; body: string };

const ConfirmPayload = z.object({ name: z.string().optional(), confirmUrl: z.string(), newsletters: z.array(z.string()).min(1), ttlHours: z.number() });
const WelcomePayload = z.object({ name: z.string().optional(), memberId: z.string(), newsletterId: z.string(), newsletters: z.array(z.string()).min(1) });

/** The confirmation email with the editable copy from settings (or `copy`, for the admin's preview). */
export async function confirmEmailElement(s: Settings, p: z.infer<typeof ConfirmPayload>, copy: Copy = copyOf(s, "confirm")): Promise<BuiltEmail & { preheader: string }> {
  const values = { name: p.name, publication: s.publicationName, newsletters: p.newsletters };
  const subject = fillSubject(copy.subject, values);
  return {
    subject,
    preheader: subject,
    react: (
      <ConfirmSubscriptionEmail
        brand={brandFromSettings(s)}
        publicationName={s.publicationName}
        postalAddress={s.postalAddress}
        introHtml={fillBodyHtml(copy.body, values)}
        preview={subject}
        {...p}
      />
    ),
  };
}

/** The welcome email with the editable copy from settings (or `copy`, for the admin's preview). */
export async function welcomeEmailElement(s: Settings, p: z.infer<typeof WelcomePayload>, copy: Copy = copyOf(s, "welcome")): Promise<BuiltEmail & { preheader: string }> {
  const values = { name: p.name, publication: s.publicationName, newsletters: p.newsletters };
  const subject = fillSubject(copy.subject, values);
  return {
    subject,
    preheader: subject,
    react: (
      <WelcomeEmail
        brand={brandFromSettings(s)}
        publicationName={s.publicationName}
        postalAddress={s.postalAddress}
        bodyHtml={fillBodyHtml(copy.body, values)}
        preview={subject}
        newsletters={p.newsletters}
        siteUrl={env.APP_URL}
        unsubscribeUrl={unsubscribeUrl(p.memberId, p.newsletterId)}
      />
    ),
    headers: listUnsubscribeHeaders(p.memberId, p.newsletterId),
  };
}

type TemplateDef<S extends z.ZodType> = { schema: S; build: (payload: z.infer<S>) => Promise<BuiltEmail> };

function defineTemplate<S extends z.ZodType>(schema: S, build: (payload: z.infer<S>) => Promise<BuiltEmail>): TemplateDef<S> {
  return { schema, build };
}

export const templates = {
  "sign-in": defineTemplate(
    z.object({ url: z.url(), code: z.string().regex(/^\d{6}$/), expiresMinutes: z.number().int().positive() }),
    async (p) => {
      const s = await getSettings();
      return {
        subject: `Sign in to ${s.publicationName}`,
        react: <SignInEmail brand={brandFromSettings(s)} publicationName={s.publicationName} postalAddress={s.postalAddress} url={p.url} code={p.code} expiresMinutes={p.expiresMinutes} />,
      };
    },
  ),
  "smtp-test": defineTemplate(z.object({ requestedBy: z.string() }), async (p) => {
    const s = await getSettings();
    return {
      subject: `Test email from ${s.publicationName}`,
      react: <SmtpTestEmail brand={brandFromSettings(s)} publicationName={s.publicationName} postalAddress={s.postalAddress} requestedBy={p.requestedBy} />,
    };
  }),
  "confirm-subscription": defineTemplate(ConfirmPayload, async (p) => {
    const { preheader: _preheader, ...built } = await confirmEmailElement(await getSettings(), p);
    return built;
  }),
  welcome: defineTemplate(WelcomePayload, async (p) => {
    const { preheader: _preheader, ...built } = await welcomeEmailElement(await getSettings(), p);
    return built;
  }),
  "manage-access": defineTemplate(z.object({ name: z.string().optional(), manageUrl: z.string() }), async (p) => {
    const s = await getSettings();
    return {
      subject: `Your ${s.publicationName} data`,
      react: <ManageAccessEmail brand={brandFromSettings(s)} publicationName={s.publicationName} postalAddress={s.postalAddress} {...p} />,
    };
  }),
  // The URL is signed when the mail is built, so the link is fresh however long the outbox held it.
  "preferences-link": defineTemplate(z.object({ name: z.string().optional(), memberId: z.string(), newsletterId: z.string() }), async (p) => {
    const s = await getSettings();
    return {
      subject: `Your ${s.publicationName} email preferences`,
      react: (
        <PreferencesLinkEmail
          brand={brandFromSettings(s)}
          publicationName={s.publicationName}
          postalAddress={s.postalAddress}
          name={p.name}
          preferencesUrl={unsubscribeUrl(p.memberId, p.newsletterId)}
          days={UNSUBSCRIBE_LINK_DAYS}
        />
      ),
    };
  }),
};

export type TemplateName = keyof typeof templates;
export type TemplatePayload<K extends TemplateName> = z.infer<(typeof templates)[K]["schema"]>;

export async function buildTemplate(name: string, payload: unknown): Promise<BuiltEmail> {
  const def = (templates as Record<string, TemplateDef<z.ZodType>>)[name];
  if (!def) throw new Error(`unknown email template ${name}`);
  return def.build(def.schema.parse(payload));
}
