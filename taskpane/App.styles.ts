import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

export const useAppStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    minWidth: 0,
  },
  // The tabs stay in view at the top, on one line, and clear of the top-right corner where Office for
  // Mac puts its personality menu.
  nav: {
    position: "sticky",
    insetBlockStart: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBlockEndWidth: tokens.strokeWidthThin,
    borderBlockEndStyle: "solid",
    borderBlockEndColor: tokens.colorNeutralStroke2,
    paddingInlineStart: tokens.spacingHorizontalXS,
    paddingInlineEnd: tokens.spacingHorizontalXXXL,
  },
  tabs: {
    flexWrap: "nowrap",
  },
  main: {
    minWidth: 0,
  },
});
