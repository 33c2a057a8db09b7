"use client";

import { useId, useRef, useState } from "react";

/**
 * A button that shows and hides a panel under it: spread `toggleProps` on the button and
 * `panelProps` on the panel; `close()` hides it and gives focus back to the button.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return {
    open,
    toggleProps: {
      ref: toggle,
      type: "button" as const,
      "aria-expanded": open,
      "aria-controls": panelId,
      onClick: () => setOpen(!open),
    },
    panelProps: { id: panelId, hidden: !open },
    close: () => {
      setOpen(false);
      toggle.current?.focus();
    },
  };
}
