/** Starting the production build's server for a measurement script, and waiting for it. */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Starts `command` in a process group of its own (so stopping it stops what runs under npx
 * too) and resolves once `origin` answers; stop it with `process.kill(-server.pid)`.
 */
export async function startServer(
  command: string[],
  origin: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildProcess> {
  const server = spawn(command[0], command.slice(1), { env, stdio: "ignore", detached: true });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(origin).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-(server.pid ?? 0));
  throw new Error(`${command.join(" ")} did not start (run \`BASE_PATH=/ npx astro build\` first)`);
}

/**
 * The build as a static host serves it: gzip-compressed, with a ten-minute Cache-Control
 * (GitHub Pages), on `port` of 127.0.0.1.
 */
export async function serveCompressed(port: number): Promise<ChildProcess> {
  const config = join(tmpdir(), `inside-await-serve-${port}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      headers: [{ source: "**", headers: [{ key: "Cache-Control", value: "max-age=600" }] }],
    }),
  );
  return startServer(
    ["npx", "serve", "dist", "-l", String(port), "-c", config, "--no-clipboard"],
    `http://127.0.0.1:${port}`,
  );
}
