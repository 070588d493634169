/**
 * `needs(problem)` in a describe block of a browser test that reads its result with a program
 * npm cannot install (./programs.ts): in CI a missing program fails the run; elsewhere its tests
 * are skipped with the message, so nobody mistakes a skip for a pass.
 */
import { test } from '@playwright/test';

/**
 * Call inside a test.describe: adds a test that fails when `problem` is set in CI, and skips
 * the describe's tests with `problem` as the reason outside CI.
 */
export function needs(problem: string | undefined): void {
  test.skip(Boolean(problem) && !process.env.CI, `${problem} (skipped outside CI; in CI this fails)`);
  test('the program these tests read with is installed', () => {
    if (problem) throw new Error(problem);
  });
}
