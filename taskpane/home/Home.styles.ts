import { makeStyles, tokens } from "@fluentui/react-components";

export const useHomeStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalL,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  heading: {
    margin: 0,
    display: "block",
  },
  runtime: {
    margin: 0,
    display: "block",
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  domains: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
  },
  domain: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  dataSets: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  dataSet: {
    display: "flex",
    flexDirection: "column",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  /** A wide table that scrolls on its own, so the pane never scrolls sideways. */
  scroll: {
    maxWidth: "100%",
    overflowX: "auto",
    "& caption": { textAlign: "start" },
  },
  measure: {
    color: tokens.colorNeutralForeground2,
  },
});
