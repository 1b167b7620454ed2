import { defineConfig } from "vitest/config";
import { runtimeCoroutines } from "./playground-runtime/src/compiler/vite-plugin.ts";

// Node-side tests: the runtime's unit tests, the compiler, the differential corpus against
// CPython (pyodide) and the demo proofs. Browser tests are Playwright's (tests/e2e).
export default defineConfig({
  // The runtime's own coroutines are compiled as they load, as in the site and the CLI.
  plugins: [runtimeCoroutines()],
  test: {
    include: ["playground-runtime/test/**/*.test.ts", "tests/node/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
