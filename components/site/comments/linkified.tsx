// Plain comment text with http(s) URLs as links. React escapes everything else: markup stays text.
import { Fragment } from "react";

const URL_RE = /(https?:\/\/[^\s<>"']+)/g;

export function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        // Sentence punctuation right after a URL belongs to the sentence.
        const trail = /[.,;:!?)\]]+$/.exec(part)?.[0] ?? "";
        const href = trail ? part.slice(0, -trail.length) : part;
        return (
          <Fragment key={i}>
            <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
              {href}
            </a>
            {trail}
          </Fragment>
        );
      })}
    </>
  );
}
