import { renderTaskPane } from "../render";

renderTaskPane({ runtime: { kind: "preview" }, officeBackground: null });
