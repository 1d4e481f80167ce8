import { afterFirstPaint } from "./afterFirstPaint";

afterFirstPaint(() => import(/* webpackChunkName: "taskpane-main" */ "./main"));
