import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";

/** Renders the task pane into the page's #root element. */
export function renderTaskPane(props: AppProps): void {
  const container = document.getElementById("root");
  if (container === null) throw new Error("The page has no #root element");
  createRoot(container).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
