import { makeStaticStyles, makeStyles } from "@fluentui/react-components";

export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

export const useAppStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    minWidth: 0,
  },
});
