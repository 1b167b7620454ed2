/**
 * Share links: a playground's edited files, deflated and base64url-encoded into the page's
 * URL fragment (#share=…), so a link carries the code itself and no server is involved.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

const PREFIX = "share=";

export interface SharedCode {
  demo: string;
  files: Record<string, string>;
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

/** The fragment (without '#') that carries this code. */
export function encodeShare(shared: SharedCode): string {
  return PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(shared)), { level: 9 }));
}

export class BrokenShareLink extends Error {}

function isSharedCode(value: unknown): value is SharedCode {
  if (typeof value !== "object" || value === null) return false;
  const { demo, files } = value as Record<string, unknown>;
  return (
    typeof demo === "string" &&
    typeof files === "object" &&
    files !== null &&
    Object.entries(files).every(([name, code]) => name.endsWith(".ts") && typeof code === "string")
  );
}

/**
 * The code a fragment carries; null when the fragment is not a share link at all. A share
 * link that cannot be read throws BrokenShareLink, so the page can say so.
 */
export function decodeShare(fragment: string): SharedCode | null {
  const hash = fragment.replace(/^#/, "");
  if (!hash.startsWith(PREFIX)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflateSync(fromBase64Url(hash.slice(PREFIX.length)))));
  } catch {
    throw new BrokenShareLink("This share link is broken: its code could not be read.");
  }
  if (!isSharedCode(parsed)) {
    throw new BrokenShareLink("This share link is broken: it does not hold a playground's files.");
  }
  return parsed;
}
