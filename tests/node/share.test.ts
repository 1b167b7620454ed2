/**
 * The share decoder's caps: what a hostile link can hold is refused before (or while) it is
 * inflated, and what reaches the editor is a playground's files, sanely named.
 */
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, test } from "vitest";
import {
  BrokenShareLink,
  decodeShare,
  encodeShare,
  MAX_SHARED_BYTES,
} from "../../src/components/playground/share.ts";

const DEMO = "beginner/await-vs-task";

/** A fragment carrying exactly `payload` (whatever it is), deflated as the site's are. */
const fragment = (payload: unknown, level: 0 | 9 = 9) =>
  `#share=${Buffer.from(deflateSync(strToU8(JSON.stringify(payload)), { level })).toString("base64url")}`;

const broken = (hash: string) => {
  try {
    decodeShare(hash);
  } catch (error) {
    expect(error).toBeInstanceOf(BrokenShareLink);
    return (error as Error).message;
  }
  throw new Error("the link was accepted");
};

describe("share links", () => {
  test("a link's code comes back as it went", () => {
    const shared = { demo: DEMO, files: { "main.ts": 'print("hi");\n', "lib/util.ts": "" } };
    expect(decodeShare(`#${encodeShare(shared)}`)).toEqual(shared);
    expect(decodeShare("#not-a-share-link")).toBeNull();
  });

  test("a link carries the Python twin beside the TypeScript", () => {
    const shared = {
      demo: DEMO,
      files: { "main.ts": 'print("hi");\n', "main.py": 'print("hi")\n' },
    };
    expect(decodeShare(`#${encodeShare(shared)}`)).toEqual(shared);
  });

  test("code larger than a link may carry makes no link, rather than one that cannot open", () => {
    const files = { "main.ts": "", "main.py": "x".repeat(MAX_SHARED_BYTES) };
    expect(encodeShare({ demo: DEMO, files })).toBeNull();
    expect(broken(fragment({ demo: DEMO, files }))).toContain("larger than");
  });

  test("a zip bomb stops inflating at the cap", () => {
    // 16 MB of one character deflates to ~16 KB: inflating it all would take its full size.
    const bomb = fragment({ demo: DEMO, files: { "main.ts": "x".repeat(16 * 1024 * 1024) } });
    expect(bomb.length).toBeLessThan(MAX_SHARED_BYTES * 2);
    const used = process.memoryUsage().arrayBuffers;
    expect(broken(bomb)).toContain(`larger than ${MAX_SHARED_BYTES / 1024} KB`);
    // What was inflated before stopping is about the cap, not the 16 MB.
    expect(process.memoryUsage().arrayBuffers - used).toBeLessThan(8 * 1024 * 1024);
  });

  test("code just past the cap is refused, and just within it accepted", () => {
    const within = { demo: DEMO, files: { "main.ts": "x".repeat(MAX_SHARED_BYTES - 100) } };
    expect(decodeShare(fragment(within))?.files["main.ts"]).toHaveLength(MAX_SHARED_BYTES - 100);
    const past = { demo: DEMO, files: { "main.ts": "x".repeat(MAX_SHARED_BYTES) } };
    expect(broken(fragment(past))).toContain("larger than");
  });

  test("an overlong link is refused before it is decoded", () => {
    expect(broken(`#share=${"A".repeat(MAX_SHARED_BYTES * 2)}`)).toContain("larger than");
  });

  test("a link must hold a playground's files, sanely named", () => {
    for (const files of [
      {},
      [],
      "main.ts",
      { "main.ts": 1 },
      { "main.js": "" },
      { "other.py": "" },
      { "lib/main.py": "" },
      { "x.ts\nprint(1)//": "" },
      { "../main.ts": "" },
      { "a b.ts": "" },
      Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}.ts`, ""])),
    ]) {
      expect(broken(fragment({ demo: DEMO, files }))).toContain(
        "does not hold a playground's files",
      );
    }
    expect(broken("#share=%%%")).toContain("could not be read");
  });
});
