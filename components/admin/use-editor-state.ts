"use client";
// Shared editor behaviour: debounced Markdown preview via a server action, unsaved-changes warning,
// and saves that run one at a time.
import { useCallback, useEffect, useRef, useState } from "react";

export function useMarkdownPreview(markdown: string, render: (md: string) => Promise<string>, delay = 300): string {
  const [html, setHtml] = useState("");
  const seq = useRef(0);
  useEffect(() => {
    const n = ++seq.current;
    const t = setTimeout(() => {
      render(markdown).then(
        (h) => {
          if (n === seq.current) setHtml(h);
        },
        () => undefined,
      );
    }, delay);
    return () => clearTimeout(t);
  }, [markdown, render, delay]);
  return html;
}

/** Warns before leaving (closing the tab, reloading, following a link) while there are unsaved changes. */
export function useUnsavedWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!a || a.target === "_blank" || e.defaultPrevented || e.metaKey || e.ctrlKey) return;
      if (!window.confirm("You have unsaved changes. Leave this page?")) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}

/** ISO string → value for <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(v: string): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Runs an editor's saves one at a time. An autosave is skipped while another save runs (the next
 * change schedules a new one); an explicit save (Save, Publish, Schedule) waits for the save in
 * flight and then runs — never dropped, never racing it.
 */
export function useSaveQueue() {
  const inflight = useRef<Promise<unknown> | null>(null);
  return useCallback(async <T>(autosave: boolean, skipped: T, work: () => Promise<T>): Promise<T> => {
    if (inflight.current) {
      if (autosave) return skipped;
      await inflight.current;
    }
    const run = work();
    inflight.current = run;
    try {
      return await run;
    } finally {
      if (inflight.current === run) inflight.current = null;
    }
  }, []);
}
