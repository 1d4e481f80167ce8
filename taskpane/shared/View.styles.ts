import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The layout every view shares: a narrow column that never scrolls sideways at 320 px. */
export const useViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  // Fluent's typography components are inline: a heading or paragraph given this class is a block of its own.
  heading: { margin: 0, display: "block" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  /** Back, Next and the step count: stays in view at the foot of the pane. */
  footer: {
    position: "sticky",
    insetBlockEnd: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBlockStartWidth: tokens.strokeWidthThin,
    borderBlockStartStyle: "solid",
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
  grow: { flexGrow: 1 },
  /** Table cells break between words only ("Recommended", never "Recomme nded"). */
  table: { borderCollapse: "collapse", width: "100%", overflowWrap: "normal", wordBreak: "normal", "& th, & td": { textAlign: "start", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS, paddingInlineEnd: tokens.spacingHorizontalS } },
  current: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});
