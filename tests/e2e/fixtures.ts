/**
 * The test fixture every end-to-end test uses: it blocks and records any request that would
 * leave the site's origin, and fails the test if there was one, or if the page threw.
 */
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ offOrigin: string[] }>({
  offOrigin: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const offOrigin: string[] = [];
      const pageErrors: string[] = [];
      await page.context().route(
        (url) => !["data:", "blob:"].includes(url.protocol) && url.origin !== origin,
        (route) => {
          offOrigin.push(route.request().url());
          return route.abort("blockedbyclient");
        },
      );
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await use(offOrigin);
      expect(offOrigin, "requests that left the site's origin").toEqual([]);
      expect(pageErrors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
