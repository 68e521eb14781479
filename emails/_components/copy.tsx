// Editor-written HTML (already sanitized) inside an email, with the body type and link colour of the design.
import { colors, type EmailBrand } from "./layout";

export function EmailCopy({ html, brand }: { html: string; brand?: EmailBrand }) {
  const accent = brand?.accent ?? colors.accent;
  // Mail clients ignore most stylesheets: the few rules the copy needs go inline on its wrapper, and
  // links take the accent through the one <style> rule clients that honour it will apply.
  return (
    <>
      <style>{`.em-copy a{color:${accent}}.em-copy p{margin:0 0 16px}`}</style>
      <div className="em-copy" style={{ fontSize: 16, lineHeight: "26px", color: colors.ink }} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
