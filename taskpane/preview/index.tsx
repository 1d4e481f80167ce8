import { afterFirstPaint } from "../afterFirstPaint";

afterFirstPaint(() => void import(/* webpackChunkName: "preview-main" */ "./main"));
