// The one reader of process.env: validated with zod once, with defaults for the embedded setup.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./migrations.mjs";

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const str = () => z.preprocess(emptyAsUndefined, z.string().optional());
const int = (def: number, min = 0) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).default(def));
const bool = (def: boolean) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : ["1", "true", "yes", "on"].includes(v.toLowerCase())) : v),
    z.boolean().default(def),
  );

const ServerEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: int(3000, 1),
  APP_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), "DATABASE_URL must be file:<path> or postgres://…"),
  ),
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.string().refine((u) => /^smtps?:\/\//.test(u), "SMTP_URL must start with smtp:// or smtps://").optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Weekly Outlook <newsletter@weekly-outlook.localhost>")),
  SMTP_POOL_CONNECTIONS: int(5, 1),
  SMTP_MAX_PER_SECOND: int(0),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, z.enum(["none", "x-forwarded-for", "x-real-ip", "cf-connecting-ip"]).default("none")),
  RATE_LIMIT_SUBSCRIBE_PER_IP: int(20),
  RATE_LIMIT_SUBSCRIBE_PER_EMAIL: int(5),
  RATE_LIMIT_SIGNIN_PER_IP: int(20),
  RATE_LIMIT_SIGNIN_PER_EMAIL: int(5),
  RATE_LIMIT_WINDOW_SECONDS: int(3600, 1),
  CONFIRM_TOKEN_TTL_HOURS: int(24, 1),
  MAGIC_LINK_TTL_MINUTES: int(15, 1),
  SIGNUP_MODE: z.preprocess(emptyAsUndefined, z.enum(["open", "invite"]).default("open")),
  CHECK_MX: bool(false),
  WORKER_IN_PROCESS: bool(true),
  /** A send batch whose worker has not renewed its claim for this long is taken over by another. */
  SEND_LEASE_SECONDS: int(60, 1),
  /** First retry delay after an SMTP 4xx for a newsletter recipient; doubles each attempt. */
  SEND_RETRY_BASE_MS: int(15_000, 1),
  UPLOAD_DIR: z.preprocess(emptyAsUndefined, z.string().default("data/uploads")),
  DKIM_DOMAIN: str(),
  DKIM_SELECTOR: str(),
  DKIM_PRIVATE_KEY: str(),
  /** Inbound SMTP for DSNs, feedback reports and mailto: unsubscribes (off unless a port is set). */
  BOUNCE_SMTP_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).optional()),
  BOUNCE_SMTP_HOST: z.preprocess(emptyAsUndefined, z.string().default("0.0.0.0")),
  /** Domain of the VERP return path and the mailto: unsubscribe address (its MX points at the listener). */
  BOUNCE_DOMAIN: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9.-]+$/i, "BOUNCE_DOMAIN must be a domain name").optional()),
  /** Provider webhooks (/api/webhooks/<provider>, lib/deliverability): each is off (404) until configured. */
  SES_SNS_TOPIC_ARNS: str(),
  /** Extra SNS signing-certificate URL prefixes to trust besides https://sns.<region>.amazonaws.com/ (tests). */
  SNS_CERT_URL_PREFIXES: str(),
  MAILGUN_WEBHOOK_SIGNING_KEY: str(),
  POSTMARK_WEBHOOK_USER: str(),
  POSTMARK_WEBHOOK_PASSWORD: str(),
  /** SendGrid's signed event webhook verification key (base64 DER, as the dashboard shows it, or PEM). */
  SENDGRID_WEBHOOK_PUBLIC_KEY: str(),
  /** Web instances a worker asks to revalidate pages (comma-separated base URLs; default APP_URL). */
  REVALIDATE_URLS: str(),
  /** The local mailbox page (/admin/mailbox). Default: on, except in production with a non-loopback APP_URL. */
  LOCAL_MAILBOX: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : ["1", "true", "yes", "on"].includes(v.toLowerCase())) : v),
    z.boolean().optional(),
  ),
});

export type ServerEnv = z.infer<typeof ServerEnvSchema> & { APP_URL: string; AUTH_SECRET: string; isPostgres: boolean; localMailbox: boolean };

function loadSecret(): string {
  // Zero-configuration start: generate a secret once and keep it next to the embedded database.
  const file = path.resolve("data", "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim(); // another process won the race
  }
}

function load(): ServerEnv {
  const parsed = ServerEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${lines}\nSee .env.example.`);
  }
  const e = parsed.data;
  const APP_URL = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const AUTH_SECRET = e.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? loadSecret();
  // next-auth v4 reads these two from process.env itself.
  process.env.NEXTAUTH_URL ??= APP_URL;
  process.env.NEXTAUTH_SECRET ??= AUTH_SECRET;
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(APP_URL).hostname);
  const localMailbox = e.LOCAL_MAILBOX ?? (e.NODE_ENV !== "production" || loopback);
  return { ...e, APP_URL, AUTH_SECRET, isPostgres: /^postgres(ql)?:\/\//.test(e.DATABASE_URL), localMailbox };
}

export const env: ServerEnv = load();
