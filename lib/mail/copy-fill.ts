// Fills the editable copy of transactional emails: Markdown with {{name}}, {{publication}}, {{newsletters}}.
import "server-only";
import { renderMarkdown } from "../content/markdown";
import type { Settings } from "../settings/settings";
import type { TransactionalKind } from "./schemas";

export type CopyValues = { name?: string; publication: string; newsletters: string[] };

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function valuesOf(v: CopyValues): Record<string, string> {
  return { name: v.name?.trim() || "there", publication: v.publication, newsletters: v.newsletters.join(", ") };
}

function fill(text: string, values: Record<string, string>, escape: (s: string) => string): string {
  return text.replace(/\{\{\s*(name|publication|newsletters)\s*\}\}/g, (_m, key: string) => escape(values[key] ?? ""));
}

/** A subject line with its placeholders filled; line breaks can never reach the header. */
export function fillSubject(subject: string, v: CopyValues): string {
  return fill(subject, valuesOf(v), (s) => s).replace(/[\r\n]+/g, " ").trim();
}

/**
 * The body as sanitized HTML. Markdown is rendered first and the values are put in afterwards,
 * HTML-escaped: a subscriber's name is text, never Markdown or markup.
 */
export function fillBodyHtml(markdown: string, v: CopyValues): string {
  return fill(renderMarkdown(markdown), valuesOf(v), escapeHtml);
}

export function copyOf(s: Settings, kind: TransactionalKind): { subject: string; body: string } {
  return kind === "welcome" ? { subject: s.welcomeSubject, body: s.welcomeBody } : { subject: s.confirmSubject, body: s.confirmBody };
}

