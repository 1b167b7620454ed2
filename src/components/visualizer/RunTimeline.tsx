/**
 * The timeline of a run's trace, built here so that the model loads with the view, only
 * when a run has a trace to draw.
 */

import { build_timeline } from "playground-runtime/timeline";
import type { TraceEvent } from "playground-runtime/trace";
import { useMemo } from "react";
import Timeline, { type TimelineProps } from "./Timeline.tsx";

export default function RunTimeline({
  events,
  ...props
}: Omit<TimelineProps, "timeline"> & { events: readonly TraceEvent[] }) {
  const timeline = useMemo(() => build_timeline(events), [events]);
  return <Timeline timeline={timeline} {...props} />;
}
