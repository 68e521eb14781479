// The comments area of a cached article page: a count and a sign-in prompt (no per-viewer data).
import { signInHref } from "./members-box";

export function CommentsTeaser({ count, articlePath }: { count: number; articlePath: string }) {
  return (
    <section id="comments" className="comments-teaser" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {count === 0 ? "No comments yet" : count === 1 ? "1 comment" : `${count} comments`}
      </h2>
      <p>
        To view or add a comment, <a href={signInHref(`${articlePath}#comments`)}>sign in</a>.
      </p>
    </section>
  );
}
