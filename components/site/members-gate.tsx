"use client";
// Where members-only text was withheld from a cached page: asks the server, per viewer, for the full
// text and swaps it in for members. Everyone else keeps the teaser and the members box (children).
import { useEffect, useState, type ReactNode } from "react";

export function MembersGate({ src, children }: { src: string; children: ReactNode }) {
  const [html, setHtml] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(src, { credentials: "same-origin", cache: "no-store" })
      .then((r) => {
        if (r.status === 403 && live) setForbidden(true);
        return r.ok ? (r.json() as Promise<{ html?: string }>) : null;
      })
      .then((d) => {
        if (live && typeof d?.html === "string") setHtml(d.html);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [src]);
  useEffect(() => {
    // A deep link (#section) was scrolled to before the text grew: scroll again once it is in.
    if (html !== null && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [html]);
  if (html === null) {
    return (
      <>
        {children}
        {forbidden ? (
          <p className="notice" role="status">
            You are signed in without a membership. <a href="/account">See your account</a>.
          </p>
        ) : null}
      </>
    );
  }
  return <div className="prose" data-members-content="" dangerouslySetInnerHTML={{ __html: html }} />;
}
