/**
 * Makes sure the end-to-end tests have a Chromium: finds one, or on Debian/Ubuntu as root
 * installs the distribution's `chromium` package; otherwise says how to get one.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "../tests/e2e/chromium.ts";

function run(command: string, args: string[]) {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
}

let browser = findChromium();
const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (!browser && canApt) {
  console.log("No Chromium found: installing Debian's chromium package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  browser = findChromium();
}
if (!browser) {
  console.error(
    [
      "The end-to-end tests need Chromium or Chrome, and none was found.",
      "Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome),",
      "or point CHROMIUM_PATH at a Chromium-based browser's executable.",
    ].join("\n"),
  );
  process.exit(1);
}
run(browser, ["--version"]);
