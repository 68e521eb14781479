"use client";
// The author and topic forms of the admin: labelled fields, errors announced and tied to their field,
// the slug's rule shown beside it; they work without JavaScript (plain forms posting to the action).
import { useActionState, useId } from "react";
import { initialResult, type ActionResult } from "@/lib/shared/action-result";

type Action = (prev: ActionResult<{ id: string }>, fd: FormData) => Promise<ActionResult<{ id: string }>>;

function useField(state: ActionResult<{ id: string }>, prefix: string) {
  return (name: string) => {
    const msg = !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
    const id = `${prefix}-${name}-err`;
    return {
      props: { "aria-invalid": msg ? true : undefined, "aria-describedby": msg ? id : `${prefix}-${name}-hint` },
      error: msg ? <span id={id} className="field-error">{msg}</span> : null,
    };
  };
}

function Outcome({ state }: { state: ActionResult<{ id: string }> }) {
  if (!state.ok && state.formError) return <p className="form-error" role="alert">{state.formError}</p>;
  if (state.ok && state.message) return <p className="form-ok" role="status">{state.message}</p>;
  return null;
}

export type AuthorValues = { id?: string; name: string; slug: string; bio: string; location: string; photo: string | null };

export function AuthorForm({ action, values }: { action: Action; values: AuthorValues }) {
  const [state, formAction, pending] = useActionState(action, initialResult as ActionResult<{ id: string }>);
  const p = useId();
  const f = useField(state, p);
  const v = !state.ok && state.values ? { ...values, ...state.values } : values;
  const name = f("name"), slug = f("slug"), bio = f("bio"), location = f("location"), photo = f("photoFile");
  return (
    <form action={formAction} className="panel stack" style={{ maxWidth: 680 }} encType="multipart/form-data">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <Outcome state={state} />
      <label>Name<input name="name" required maxLength={120} defaultValue={v.name} {...name.props} />{name.error}</label>
      <label>
        Slug
        <input name="slug" maxLength={120} defaultValue={v.slug} pattern="[a-z0-9]+(-[a-z0-9]+)*" {...slug.props} />
        <span id={`${p}-slug-hint`} className="muted small" style={{ fontWeight: 400 }}>The address of the author page: /authors/slug. Lowercase letters, digits and single hyphens; left empty, it is made from the name.</span>
        {slug.error}
      </label>
      <label>Location<input name="location" maxLength={120} defaultValue={v.location} {...location.props} />{location.error}</label>
      <label>
        Bio
        <textarea name="bio" rows={5} maxLength={2000} defaultValue={v.bio} {...bio.props} />
        <span id={`${p}-bio-hint`} className="muted small" style={{ fontWeight: 400 }}>Shown on the author page and under their articles. Plain text, up to 2,000 characters.</span>
        {bio.error}
      </label>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: ".4rem" }}>
        <legend style={{ fontWeight: 550, fontSize: ".88rem", marginBottom: ".35rem" }}>Photo</legend>
        {values.photo ? (
          <div className="row">
            {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded file served by our own route */}
            <img src={values.photo} alt={`Current photo of ${values.name}`} width={72} height={72} style={{ borderRadius: "50%", objectFit: "cover", border: "1px solid var(--line)" }} />
            <label className="inline"><input type="checkbox" name="removePhoto" value="on" /> Remove the photo</label>
          </div>
        ) : null}
        <label>
          {values.photo ? "Replace with" : "Upload"}
          <input type="file" name="photoFile" accept="image/png,image/jpeg,image/webp,image/gif" {...photo.props} />
          <span id={`${p}-photoFile-hint`} className="muted small" style={{ fontWeight: 400 }}>PNG, JPEG, WebP or GIF, at most 5 MB; a square picture looks best.</span>
          {photo.error}
        </label>
      </fieldset>
      <div><button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : values.id ? "Save author" : "Create author"}</button></div>
    </form>
  );
}

export type TopicValues = { id?: string; name: string; slug: string; description: string };

export function TopicForm({ action, values }: { action: Action; values: TopicValues }) {
  const [state, formAction, pending] = useActionState(action, initialResult as ActionResult<{ id: string }>);
  const p = useId();
  const f = useField(state, p);
  const v = !state.ok && state.values ? { ...values, ...state.values } : values;
  const name = f("name"), slug = f("slug"), description = f("description");
  return (
    <form action={formAction} className="panel stack" style={{ maxWidth: 680 }}>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <Outcome state={state} />
      <label>Name<input name="name" required maxLength={80} defaultValue={v.name} {...name.props} />{name.error}</label>
      <label>
        Slug
        <input name="slug" maxLength={120} defaultValue={v.slug} pattern="[a-z0-9]+(-[a-z0-9]+)*" {...slug.props} />
        <span id={`${p}-slug-hint`} className="muted small" style={{ fontWeight: 400 }}>The address of the topic page: /topics/slug. Lowercase letters, digits and single hyphens; left empty, it is made from the name.</span>
        {slug.error}
      </label>
      <label>
        Description
        <textarea name="description" rows={3} maxLength={600} defaultValue={v.description} {...description.props} />
        <span id={`${p}-description-hint`} className="muted small" style={{ fontWeight: 400 }}>One or two sentences at the top of the topic page.</span>
        {description.error}
      </label>
      <div><button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : values.id ? "Save topic" : "Create topic"}</button></div>
    </form>
  );
}
