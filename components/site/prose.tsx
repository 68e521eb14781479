// Sanitized article or section HTML (lib/markdown renders and sanitizes it before it gets here).
export function Prose({ html, className }: { html: string; className?: string }) {
  return <div className={className ? `prose ${className}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
