"use client";
// The "Delete for good?" dialog of the editors: a real form posting the record's id to the delete action.
import type { RefObject } from "react";

export function ConfirmDeleteDialog({
  dialogRef,
  action,
  id,
  headingId,
  heading,
  children,
  onConfirm,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  action: (fd: FormData) => Promise<void>;
  id: string;
  headingId: string;
  heading: string;
  children: React.ReactNode;
  onConfirm: () => void;
}) {
  return (
    <dialog ref={dialogRef} className="confirm" aria-labelledby={headingId}>
      <form action={action}>
        <input type="hidden" name="id" value={id} />
        <h2 id={headingId}>{heading}</h2>
        <p className="muted">{children}</p>
        <div className="row">
          <button type="submit" className="btn-danger" onClick={onConfirm}>Delete for good</button>
          <button type="button" onClick={() => dialogRef.current?.close()}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
