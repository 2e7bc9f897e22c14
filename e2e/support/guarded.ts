import { test as base } from "../fixtures.ts";

/**
 * The project's `test` with its problem watch switched on for every test: fixtures.ts collects uncaught exceptions,
 * console errors and CSP violations only for tests that ask for `problems`, and these specs want them all checked.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ problems }, use) => {
      void problems;
      await use();
    },
    { auto: true },
  ],
});
export { expect, openSignedIn, setFaults, signIn } from "../fixtures.ts";
