// Fails early, with the fix, when the system Chromium the browser tests drive is missing.
import { chromiumPath } from './chromium.mjs';

try {
  console.log(`Chromium: ${chromiumPath()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
