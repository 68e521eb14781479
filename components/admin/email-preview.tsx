"use client";
// An email as its reader gets it: the inbox line (sender, subject, preheader) and the message in a
// sandboxed frame at a real client width — 600 px (desktop) or 375 px (phone), switchable — with one
// tab per variant (free subscriber, member, …).
import { useId, useState } from "react";
import "./email-preview.css";

export type EmailPreviewVariant = {
  key: string;
  label: string;
  subject: string;
  html: string;
  /** The frame's accessible name. */
  title: string;
  testId?: string;
};

const WIDTHS = [
  { px: 600, label: "Desktop · 600 px" },
  { px: 375, label: "Phone · 375 px" },
] as const;

export function EmailPreview({ variants, from, preheader, height = 720 }: { variants: EmailPreviewVariant[]; from: string; preheader: string; height?: number }) {
  const id = useId();
  const [active, setActive] = useState(variants[0]?.key ?? "");
  const [width, setWidth] = useState<number>(600);
  const current = variants.find((v) => v.key === active) ?? variants[0];

  const onTabKey = (e: React.KeyboardEvent, i: number) => {
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? variants.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const v = variants[(next + variants.length) % variants.length]!;
    setActive(v.key);
    document.getElementById(`${id}-tab-${v.key}`)?.focus();
  };

  return (
    <div className="email-preview">
      <div className="email-preview__bar">
        {variants.length > 1 ? (
          <div role="tablist" aria-label="Email variant" className="preview-tabs">
            {variants.map((v, i) => (
              <button
                key={v.key}
                type="button"
                role="tab"
                id={`${id}-tab-${v.key}`}
                aria-selected={v.key === current?.key}
                aria-controls={`${id}-panel-${v.key}`}
                tabIndex={v.key === current?.key ? 0 : -1}
                onClick={() => setActive(v.key)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {v.label}
              </button>
            ))}
          </div>
        ) : null}
        <div role="group" aria-label="Preview width" className="seg">
          {WIDTHS.map((w) => (
            <button key={w.px} type="button" aria-pressed={width === w.px} onClick={() => setWidth(w.px)}>
              {w.label}
            </button>
          ))}
        </div>
      </div>
      {variants.map((v) => (
        <div
          key={v.key}
          id={`${id}-panel-${v.key}`}
          role={variants.length > 1 ? "tabpanel" : undefined}
          aria-labelledby={variants.length > 1 ? `${id}-tab-${v.key}` : undefined}
          hidden={v.key !== current?.key}
        >
          <dl className="inbox-line" data-testid={v.testId ? `${v.testId}-envelope` : undefined}>
            <div><dt>From</dt><dd>{from}</dd></div>
            <div><dt>Subject</dt><dd className="inbox-line__subject">{v.subject}</dd></div>
            <div><dt>Preheader</dt><dd className="muted">{preheader || "— (none: clients show the first line of the text)"}</dd></div>
          </dl>
          {/* Scrolls sideways when the frame is wider than the column: focusable so keys can scroll it. */}
          <div className="email-preview__stage" tabIndex={0} role="region" aria-label={`${v.title}, ${width} px`}>
            <iframe
              className="email-preview__frame"
              title={`${v.title}, ${width} px wide`}
              sandbox=""
              srcDoc={v.html}
              data-testid={v.testId}
              style={{ width, height }}
            />
          </div>
        </div>
      ))}
    </div>
  );
}
