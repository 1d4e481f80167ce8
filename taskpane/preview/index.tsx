import { afterFirstPaint } from "../afterFirstPaint";

afterFirstPaint(() => import(/* webpackChunkName: "preview-main" */ "./main"));
