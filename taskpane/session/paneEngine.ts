/**
 * The engine as the pane's first view uses it, in a chunk of its own: the pane is drawn (React, Fluent
 * UI and Home's words) before this is parsed, and the hooks load it with {@link loadEngine} when the
 * workbook is first read. Views that load on demand import the engine directly.
 */
export { describeIssue, fixFor } from "../../src/engine/messages/describe";
export { openSession } from "../../src/engine/session";
export { emptyTemplatePlan, findTable } from "../../src/engine/workbook";
export { describeRows, rowsToEdit } from "../assess/editRows";
export { readinessOf } from "./readiness";
export { describeTemplateStatus, templateStatus, whyNotAddTemplate } from "./templateStatus";
