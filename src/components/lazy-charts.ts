import { lazy } from "react";

// recharts is only ever loaded through these, in chunks of their own, after the page shell has drawn.
export const TimeSeriesChart = lazy(() =>
  import("./charts/time-series-chart.tsx").then((m) => ({ default: m.TimeSeriesChart })),
);
