"use client";

import { createContext, useContext, useEffect, useMemo, useState } from "react";

const EditorDirtyContext = createContext<{
  dirty: boolean;
  setDirty: (dirty: boolean) => void;
} | null>(null);

/**
 * Shares whether the editor has unsaved changes with controls outside its form (submitting for
 * review must not run on a version older than what is on screen).
 */
export function EditorDirtyProvider({ children }: { children: React.ReactNode }) {
  const [dirty, setDirty] = useState(false);
  const value = useMemo(() => ({ dirty, setDirty }), [dirty]);
  return <EditorDirtyContext value={value}>{children}</EditorDirtyContext>;
}

/** Whether the editor on this page has unsaved changes. */
export function useEditorDirty(): boolean {
  return useContext(EditorDirtyContext)?.dirty ?? false;
}

/** Called by the editor to tell the page whether it has unsaved changes. */
export function useReportEditorDirty(dirty: boolean): void {
  const setDirty = useContext(EditorDirtyContext)?.setDirty;
  useEffect(() => setDirty?.(dirty), [setDirty, dirty]);
}
