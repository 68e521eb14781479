"use server";
// Topic admin actions: save and delete. Editors and admins only.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteTopic, saveTopic } from "@/lib/content/author-editor";
import { revalidateTopic } from "@/lib/content/revalidate";
import { TopicSchema } from "@/lib/content/schemas";
import { formAction } from "@/lib/server/action";
import { ok, type ActionResult } from "@/lib/shared/action-result";

export const saveTopicAction = formAction({
  guard: "editor",
  input: TopicSchema,
  echo: ["name", "slug", "description"],
  run: async (fields): Promise<ActionResult<{ id: string }>> => {
    const r = await saveTopic(fields);
    if (!r.ok || !r.data) return r.ok ? ok() : r;
    revalidateTopic(r.data.slug, r.data.articleSlugs);
    if (r.data.previousSlug) revalidatePath(`/topics/${r.data.previousSlug}`);
    revalidatePath("/admin/topics");
    if (!fields.id) redirect(`/admin/topics/${r.data.id}?created=1`);
    return ok(r.message, { id: r.data.id });
  },
});

export const deleteTopicAction = formAction({
  guard: "editor",
  input: z.object({ id: z.string().min(1).max(40) }),
  run: async ({ id }): Promise<ActionResult> => {
    const r = await deleteTopic(id);
    if (!r.ok) return r;
    if (r.data) revalidateTopic(r.data.slug);
    revalidatePath("/admin/topics");
    redirect("/admin/topics?deleted=1");
  },
});
