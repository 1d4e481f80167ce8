import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

export const useAppStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    minWidth: 0,
  },
  tabs: {
    flexWrap: "wrap",
    paddingInline: tokens.spacingHorizontalXS,
    borderBlockEndWidth: tokens.strokeWidthThin,
    borderBlockEndStyle: "solid",
    borderBlockEndColor: tokens.colorNeutralStroke2,
  },
  main: {
    minWidth: 0,
  },
});
