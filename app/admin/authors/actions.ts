"use server";
// Author admin actions: save (with an optional portrait upload) and delete. Editors and admins only.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteAuthor, saveAuthor } from "@/lib/content/author-editor";
import { revalidateAuthor } from "@/lib/content/revalidate";
import { AuthorSchema } from "@/lib/content/schemas";
import { saveImageUpload } from "@/lib/content/uploads";
import { formAction } from "@/lib/server/action";
import { fieldError, ok, type ActionResult } from "@/lib/shared/action-result";

const AuthorFormSchema = AuthorSchema.omit({ photo: true }).extend({
  photoFile: z.unknown().optional(),
  removePhoto: z.literal("on").optional(),
});

export const saveAuthorAction = formAction({
  guard: "editor",
  input: AuthorFormSchema,
  echo: ["name", "slug", "bio", "location"],
  run: async ({ photoFile, removePhoto, ...fields }): Promise<ActionResult<{ id: string }>> => {
    let photo: string | null | undefined = removePhoto ? null : undefined;
    if (photoFile instanceof File && photoFile.size > 0) {
      const up = await saveImageUpload(photoFile);
      if (!up.ok) return fieldError("photoFile", up.error);
      photo = up.url;
    }
    const r = await saveAuthor({ ...fields, photo });
    if (!r.ok || !r.data) return r.ok ? ok() : r;
    revalidateAuthor(r.data.slug, r.data.articleSlugs);
    if (r.data.previousSlug) revalidatePath(`/authors/${r.data.previousSlug}`);
    revalidatePath("/admin/authors");
    if (!fields.id) redirect(`/admin/authors/${r.data.id}?created=1`);
    return ok(r.message, { id: r.data.id });
  },
});

export const deleteAuthorAction = formAction({
  guard: "editor",
  input: z.object({ id: z.string().min(1).max(40) }),
  run: async ({ id }): Promise<ActionResult> => {
    const r = await deleteAuthor(id);
    if (!r.ok) return r;
    if (r.data) revalidateAuthor(r.data.slug);
    revalidatePath("/admin/authors");
    redirect("/admin/authors?deleted=1");
  },
});
