// The row thread from its TypeScript source, for runs without a build (tests, benchmarks, the
// CLI through tsx); the app and the built CLI start the bundled import-worker.js.
require('tsx/cjs');
require('./worker.ts');
