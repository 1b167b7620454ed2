/**
 * How the page tells a run that has stopped answering from one that is only slow to say so.
 *
 * Each sign of life from the worker (a heartbeat, the news that the program has ended) gives the
 * run a time it may stay silent. When that time passes in silence the sandbox is pinged: a busy
 * program leaves its sandbox free to answer, a sandbox whose process died does not. A sign of
 * life that was already on its way counts: on a busy page it can wait behind the page's own
 * work as the time runs out, and it is heard before the ping's answer, which the sandbox sends
 * after relaying it.
 */
export interface SilenceWatch<Why> {
  /** Heard from the worker: it may now be silent for `ms`, and if it is, `why` says so. */
  heard(ms: number, why: Why): void;
  /** The run is over: nothing more is judged. */
  stop(): void;
}

export function watchSilence<Why>(
  sandboxAnswers: () => Promise<boolean>,
  silent: (why: Why, sandboxAnswered: boolean) => void,
): SilenceWatch<Why> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Which sign of life the pending judgement is about: a later one, or stop, voids it.
  let signs = 0;
  return {
    heard(ms, why) {
      const sign = ++signs;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const answered = await sandboxAnswers();
        if (sign === signs) silent(why, answered);
      }, ms);
    },
    stop() {
      signs++;
      clearTimeout(timer);
    },
  };
}
