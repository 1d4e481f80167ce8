import { AccordionPanel, useAccordionItemContext_unstable } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * An accordion panel drawn only while its item is open, without the collapse animation: Fluent's own
 * panel stays in the page while closing with `inert={true}`, which React 18 rejects with a warning.
 */
export function Panel({ children }: { children: ReactNode }) {
  const { open } = useAccordionItemContext_unstable();
  return open ? <AccordionPanel collapseMotion={null}>{children}</AccordionPanel> : null;
}
