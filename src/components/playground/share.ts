/**
 * Share links: a playground's edited files (its TypeScript, and the Python twin when the reader
 * edited it), deflated and base64url-encoded into the page's URL fragment (#share=…), so a link
 * carries the code itself and no server is involved.
 *
 * A link is anyone's text, so it is read with suspicion: its size is capped before it is
 * decoded and again while it inflates (a few hundred bytes can inflate to a gigabyte: the
 * inflating stops at the cap rather than after), and what it holds must be a playground's
 * files — sanely named, with the demo's entry file — before any of it reaches the editor.
 * The page's link is read once, however many playgrounds the page has.
 */

import { deflateSync, Inflate, strFromU8, strToU8 } from "fflate";
import { isFileName } from "playground-runtime/file-names";
import { t } from "../../i18n/ui.ts";
import { TWIN } from "./file-tab.tsx";
import { frameId } from "./frame.tsx";

const PREFIX = "share=";

/** Most bytes a link's code may inflate to (a demo is a few KB). */
export const MAX_SHARED_BYTES = 256 * 1024;
/** Most characters of a link's encoded part: past this it cannot hold code within the cap. */
const MAX_LINK_CHARS = Math.ceil((MAX_SHARED_BYTES * 4) / 3) + 1024;
/** Most files a link may carry. */
const MAX_FILES = 20;
/** Compressed bytes given to the inflater at a time, so its output is checked every few KB. */
const INFLATE_SLICE = 256;

export interface SharedCode {
  demo: string;
  /** The TypeScript files, and the twin (`main.py`) when it is not the demo's own. */
  files: Record<string, string>;
  /**
   * Which of the page's copies of the demo it was shared from: its frame's id (frame.tsx).
   * A link without one (made before links named it) is for the demo's first, plain copy.
   */
  place?: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The fragment (without '#') that carries this code; null when the code is larger than a link
 * may carry (decodeShare would refuse it), so no link is made that cannot be opened.
 */
export function encodeShare(shared: SharedCode): string | null {
  const json = strToU8(JSON.stringify(shared));
  if (json.length > MAX_SHARED_BYTES) return null;
  return PREFIX + toBase64Url(deflateSync(json, { level: 9 }));
}

export class BrokenShareLink extends Error {
  constructor(reason: string) {
    super(t("share.broken", { reason }));
  }
}

const tooLarge = () =>
  new BrokenShareLink(t("share.tooLarge", { limit: `${MAX_SHARED_BYTES / 1024} KB` }));

/** Inflates `compressed`, giving up as soon as the output passes `MAX_SHARED_BYTES`. */
function inflateCapped(compressed: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((part) => {
    size += part.length;
    if (size > MAX_SHARED_BYTES) throw tooLarge();
    parts.push(part);
  });
  for (let at = 0; at < compressed.length; at += INFLATE_SLICE) {
    const end = at + INFLATE_SLICE;
    inflater.push(compressed.subarray(at, end), end >= compressed.length);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function isSharedCode(value: unknown): value is SharedCode {
  if (!isRecord(value) || typeof value.demo !== "string" || !isRecord(value.files)) return false;
  if (value.place !== undefined && typeof value.place !== "string") return false;
  const files = Object.entries(value.files);
  return (
    files.length > 0 &&
    files.length <= MAX_FILES &&
    files.every(([name, code]) => (isFileName(name) || name === TWIN) && typeof code === "string")
  );
}

/**
 * The code a fragment carries; null when the fragment is not a share link at all. A share
 * link that cannot be read, is too large, or does not hold a playground's files throws
 * BrokenShareLink, whose message says so.
 */
export function decodeShare(fragment: string): SharedCode | null {
  const hash = fragment.replace(/^#/, "");
  if (!hash.startsWith(PREFIX)) return null;
  const encoded = hash.slice(PREFIX.length);
  if (encoded.length > MAX_LINK_CHARS) throw tooLarge();
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflateCapped(fromBase64Url(encoded))));
  } catch (error) {
    if (error instanceof BrokenShareLink) throw error;
    throw new BrokenShareLink(t("share.unreadable"));
  }
  if (!isSharedCode(parsed)) throw new BrokenShareLink(t("share.notFiles"));
  return parsed;
}

/** What the page's link says: its code, why it is broken, or nothing (no link). */
type PageLink = SharedCode | BrokenShareLink | null;

let pageLink: PageLink | undefined;

/**
 * The page's share link, read once. A broken link is taken out of the address, so a reload
 * shows the page as it is rather than the same error again.
 */
function readPageLink(): PageLink {
  if (pageLink !== undefined) return pageLink;
  try {
    pageLink = decodeShare(window.location.hash);
  } catch (error) {
    if (!(error instanceof BrokenShareLink)) throw error;
    pageLink = forget(error);
  }
  return pageLink;
}

/** Takes the page's link out of its address (keeping its history entry), and says why. */
function forget(broken: BrokenShareLink): BrokenShareLink {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", pathname + search);
  return broken;
}

/** The id of the playground the page's share link is for (none: no link, or a broken one). */
export function sharedPlace(): string | null {
  const link = readPageLink();
  if (link === null || link instanceof BrokenShareLink) return null;
  return link.place ?? frameId(link.demo);
}

/**
 * The code the page's share link holds for the copy of `demo` at `place` (its frame's id), or
 * why the link is broken; null when the page has no link, or a link for another demo or
 * another copy of it. A link must carry the demo's `entry` file.
 */
export function sharedFor(
  demo: string,
  entry: string,
  place: string,
): { files: Record<string, string> } | { broken: string } | null {
  const link = readPageLink();
  if (link instanceof BrokenShareLink) return { broken: link.message };
  if (link === null || link.demo !== demo) return null;
  if (sharedPlace() !== place) return null;
  if (!Object.hasOwn(link.files, entry)) {
    pageLink = forget(new BrokenShareLink(t("share.noEntry", { entry })));
    return { broken: pageLink.message };
  }
  return { files: link.files };
}
