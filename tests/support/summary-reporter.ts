import type { Reporter, TestModule } from 'vitest/node';

/** Prints the plain closing line CI reads: "unit: N passed, N failed" (or "checks: …"). */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    // "checks" when only the checks of the built site ran (npm run test:checks), else "unit".
    const label = modules.length > 0 && modules.every((m) => m.project.name === 'checks') ? 'checks' : 'unit';
    console.log(`\n${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
