import { afterFirstPaint } from "./afterFirstPaint";

afterFirstPaint(() => void import(/* webpackChunkName: "taskpane-main" */ "./main"));
