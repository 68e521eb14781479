// What a provider's verifier-and-parser answers: a rejection (4xx and why), or the reports it found.
import "server-only";
import type { DeliveryReport } from "../events";

export type WebhookRequest = { body: string; headers: Headers; url: URL };

export type Parsed =
  | { ok: false; status: 400 | 401 | 403 | 404 | 413; reason: string }
  | { ok: true; reports: DeliveryReport[]; note?: string };

export const reject = (status: 400 | 401 | 403 | 404 | 413, reason: string): Parsed => ({ ok: false, status, reason });

/** The address inside `Name <addr>` or a bare address. */
export function bareAddress(v: string): string {
  return (/<([^>]+)>/.exec(v)?.[1] ?? v).trim().toLowerCase();
}

/** "Mon, 1 Jan …" or ISO or unix seconds → Date (now when unparsable). */
export function dateOf(v: unknown): Date {
  const d = typeof v === "number" ? new Date(v * 1000) : typeof v === "string" ? new Date(/^\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : v) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}
