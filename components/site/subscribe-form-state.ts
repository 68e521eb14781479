// The subscribe form's state, shared by the server action and the client form.
export type SubscribeFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Partial<Record<"email" | "name" | "newsletterIds", string[]>>;
  values?: { email?: string; name?: string };
};

export const initialSubscribeFormState: SubscribeFormState = { status: "idle" };
