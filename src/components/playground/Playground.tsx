/**
 * A live demo. Until the reader shows they want it — a pointer pressed on it, focus, a key,
 * Run — the playground is the code highlighted at build time, with its controls: light to
 * load, and what the page's largest paint is. Then the live playground (editor, executor,
 * visualizer) loads behind it and takes the same room.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { prewarmWhenIdle } from "../../executor/host.ts";
import { LangContext, useT } from "../../i18n/react.ts";
import Console from "./Console.tsx";
import { CodeFold, type Fold, folds, measureStaticFold, SHOWN_ROWS } from "./code-fold.tsx";
import { TabLabel, TWIN } from "./file-tab.tsx";
import {
  frameId,
  onRunShortcut,
  PlaygroundFrame,
  type PlaygroundProps,
  type Status,
  type Woken,
} from "./frame.tsx";
import { editsPlace, loadEdits } from "./saved-edits.ts";
import { sharedFor } from "./share.ts";
import {
  ClockSelect,
  CompiledToggle,
  CopyButton,
  DownloadButton,
  ResetButton,
  RunButton,
  ShareButton,
  Spacer,
  Toolbar,
  VisualizeButton,
} from "./Toolbar.tsx";
import "./playground.css";

const loadLive = () => import("./LivePlayground.tsx");
const LivePlayground = lazy(loadLive);

/**
 * Code the static preview would misrepresent: the reader's saved edits to this copy of the
 * demo, or a share link's for it (or a broken link, which the playground explains).
 */
const hasOtherCode = ({ demo, entry, visualize }: PlaygroundProps) =>
  sharedFor(demo, entry, frameId(demo, visualize)) !== null ||
  loadEdits(editsPlace(demo, visualize)) !== null;

/**
 * The playground before the editor loads: the controls, the file names where the editor's
 * tabs will be, the entry file highlighted, and an empty console — the room the live one takes.
 */
function StaticPlayground({
  props,
  fold,
  waking,
  onWake,
}: {
  props: PlaygroundProps;
  fold: Fold;
  waking: boolean;
  onWake(how: Woken): void;
}) {
  const t = useT();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const names = [...Object.keys(props.files), ...(props.python ? [TWIN] : [])];
  // Which line the collapsed box hides first, once it is laid out (long lines wrap).
  const box = useRef<HTMLDivElement>(null);
  const { expanded, setFirstHidden } = fold;
  useLayoutEffect(() => {
    const first = box.current && !expanded ? measureStaticFold(box.current) : null;
    if (first !== null) setFirstHidden(first);
  }, [expanded, setFirstHidden]);
  return (
    <>
      <Toolbar>
        <RunButton
          running={false}
          onRun={() => onWake({ run: true, focus: "run" })}
          onStop={() => {}}
        />
        <VisualizeButton disabled />
        <ResetButton disabled />
        <CopyButton disabled />
        <ShareButton disabled />
        <DownloadButton file={props.entry} disabled />
        <Spacer />
        <CompiledToggle checked={false} onChange={() => {}} disabled />
        <ClockSelect clock="virtual" onChange={() => {}} disabled />
      </Toolbar>
      <div className="pg-work">
        <div className="pg-source">
          <div className="pg-tabs">
            <span className="pg-tab-row" aria-hidden="true">
              {names.map((name, i) => (
                <span key={name} className={i === 0 ? "pg-tab pg-tab-shown" : "pg-tab"}>
                  <TabLabel name={name} />
                </span>
              ))}
            </span>
            {/* Said only once the page can act on it: without JavaScript the code stays static. */}
            {hydrated && (
              <span className="pg-tabs-note" role="status">
                {waking ? t("playground.loadingEditor") : t("playground.notEditableYet")}
              </span>
            )}
          </div>
          <CodeFold
            fold={fold}
            code={props.files[props.entry]}
            preview
            waking={waking}
            boxRef={box}
          >
            {/* Build-time HTML from shiki, made from the demo's own source: no user input reaches it. */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: trusted build output */}
            <div className="pg-static" dangerouslySetInnerHTML={{ __html: props.staticHtml }} />
          </CodeFold>
        </div>
        <Console output={[]} summary={null} running={false} files={[]} onLocate={() => {}} />
      </div>
      {props.timeline && props.children}
    </>
  );
}

/**
 * Where focus goes once awake: to Run or Show more if they pressed or focused it; into the
 * code to edit if they pressed on it; onto the editor (Enter edits, Tab moves on) if they
 * tabbed to it.
 */
function focusFor(target: EventTarget, by: "pointer" | "keyboard"): Woken["focus"] {
  if (!(target instanceof Element)) return null;
  if (target.closest("[data-control='run']")) return "run";
  if (target.closest("[data-control='fold']")) return "fold";
  if (target.closest(".pg-code")) return by === "pointer" ? "editor" : "code";
  return null;
}

export default function Playground(props: PlaygroundProps) {
  const [woken, setWoken] = useState<Woken | null>(null);
  const [status, setStatus] = useState<Status>("idle");
  const [expanded, setExpanded] = useState(false);
  const [firstHidden, setFirstHidden] = useState(SHOWN_ROWS + 1);
  const foldable = useMemo(
    () => [...Object.values(props.files), props.python].some(folds),
    [props.files, props.python],
  );
  const fold: Fold = {
    id: `${frameId(props.demo, props.visualize)}-code`,
    foldable,
    expanded,
    setExpanded,
    firstHidden,
    setFirstHidden,
  };
  // Whatever woke it first decides the focus; a Run pressed on the way is kept.
  const wake = useCallback(
    (how: Woken) =>
      setWoken((was) => (!was ? how : was.run || !how.run ? was : { ...was, run: true })),
    [],
  );
  useEffect(() => {
    // A chapter's visualized playground opens as the chapter reaches it; saved or shared code
    // shows at once, not the demo's code under it.
    if (props.visualize || hasOtherCode(props)) wake({ run: false, focus: null });
    // The executor loads once the page is idle, so that Run answers at once.
    return prewarmWhenIdle();
  }, [props, wake]);

  const preview = (
    <StaticPlayground props={props} fold={fold} waking={woken !== null} onWake={wake} />
  );
  return (
    <LangContext value={props.lang}>
      <PlaygroundFrame
        props={props}
        status={status}
        onKeyDown={onRunShortcut(() => wake({ run: true, focus: null }))}
        onPointerEnter={() => void loadLive()}
        onPointerDown={(event) => {
          const focus = focusFor(event.target, "pointer");
          // The preview is replaced as it wakes, before the press would end in a click:
          // its Show more acts here, as it is pressed.
          if (focus === "fold" && !woken) setExpanded((open) => !open);
          wake({ run: focus === "run", focus });
        }}
        onFocus={(event) => wake({ run: false, focus: focusFor(event.target, "keyboard") })}
      >
        {woken ? (
          <Suspense fallback={preview}>
            <LivePlayground {...props} woken={woken} fold={fold} onStatus={setStatus} />
          </Suspense>
        ) : (
          preview
        )}
      </PlaygroundFrame>
    </LangContext>
  );
}
