"use client";
// Where gated text was withheld from a cached page: asks the server, per viewer, for the full text
// and swaps it in for readers at its level. A signed-in reader below it gets the box for what they lack.
import { useEffect, useState, type ReactNode } from "react";
import { MembersBox } from "./members-box";

type Props = { src: string; what: "article" | "section"; callbackPath: string; need: "members" | "paid"; children: ReactNode };

export function MembersGate({ src, what, callbackPath, need, children }: Props) {
  const [html, setHtml] = useState<string | null>(null);
  const [below, setBelow] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(src, { credentials: "same-origin", cache: "no-store" })
      .then((r) => {
        if (r.status === 403 && live) setBelow(true);
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
        {below ? <MembersBox what={what} callbackPath={callbackPath} need={need} signedIn /> : <MembersBox what={what} callbackPath={callbackPath} need={need} />}
      </>
    );
  }
  return <div className="prose" data-members-content="" dangerouslySetInnerHTML={{ __html: html }} />;
}
