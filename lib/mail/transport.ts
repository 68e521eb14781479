// The one SMTP transport (pooled nodemailer) built from SMTP_URL; null means "use the local mailbox".
import "server-only";
import { connect, type Socket } from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "../server/env";

let cached: Transporter<SMTPPool.SentMessageInfo> | null | undefined;

/**
 * A plain TCP connection with Nagle off, handed to nodemailer as an already-open connection. When it
 * cannot connect, nodemailer connects itself (and reports the failure through its own error path:
 * an error from getSocket would leave the pool's resource stuck).
 */
function noDelayConnection(host: string, port: number, callback: (err: Error | null, socketOptions?: { connection: Socket } | false) => void): void {
  const socket = connect({ host, port, noDelay: true });
  const fallback = () => {
    socket.destroy();
    callback(null, false);
  };
  socket.setTimeout(15_000, fallback);
  socket.once("error", fallback);
  socket.once("connect", () => {
    socket.setTimeout(0);
    socket.off("error", fallback);
    callback(null, { connection: socket });
  });
}

/** SMTP options from a URL: smtp(s)://user:pass@host:port?ignoreTLS=true&rejectUnauthorized=false */
export function smtpOptionsFromUrl(url: string, extra: Partial<SMTPPool.Options> = {}): SMTPPool.Options {
  const u = new URL(url);
  const q = u.searchParams;
  const secure = u.protocol === "smtps:";
  const options: SMTPPool.Options = {
    pool: true,
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ignoreTLS: q.get("ignoreTLS") === "true",
    requireTLS: q.get("requireTLS") === "true",
    tls: { rejectUnauthorized: q.get("rejectUnauthorized") !== "false" },
    maxConnections: env.SMTP_POOL_CONNECTIONS,
    maxMessages: Infinity,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Without TCP_NODELAY the final "." of each message waits for a delayed ACK (~40 ms per message
    // on a pooled connection: 25 messages/s per connection). smtps:// connects through TLS itself.
    getSocket: (opts, callback) =>
      secure ? callback(null, false) : noDelayConnection(opts.host ?? "127.0.0.1", opts.port ?? 587, callback as (err: Error | null, o?: { connection: Socket } | false) => void),
    ...extra,
  };
  if (u.username) options.auth = { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) };
  if (env.SMTP_MAX_PER_SECOND > 0) {
    options.rateDelta = 1000;
    options.rateLimit = env.SMTP_MAX_PER_SECOND;
  }
  if (env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY) {
    options.dkim = { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY.replace(/\\n/g, "\n") };
  }
  return options;
}

/** The shared pooled transport, or null when SMTP_URL is not set. */
export function getTransport(): Transporter<SMTPPool.SentMessageInfo> | null {
  if (cached !== undefined) return cached;
  if (!env.SMTP_URL) {
    console.log("[mail] SMTP_URL is not set: outgoing mail is kept in the local mailbox (read it at /admin/mailbox).");
    cached = null;
    return cached;
  }
  cached = nodemailer.createTransport(smtpOptionsFromUrl(env.SMTP_URL));
  return cached;
}

/** Checks the SMTP connection and credentials; used by the admin's connection test. */
export async function verifySmtp(url: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const { pool: _pool, maxConnections: _max, maxMessages: _msgs, ...single } = smtpOptionsFromUrl(url);
  const t = nodemailer.createTransport(single as SMTPTransport.Options);
  try {
    await t.verify();
    return { ok: true };
  } catch (e) {
    const err = e as { code?: string; responseCode?: number; message?: string };
    return { ok: false, message: [err.code, err.responseCode, err.message].filter(Boolean).join(" ") };
  } finally {
    t.close();
  }
}
