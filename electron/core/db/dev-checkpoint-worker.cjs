// The checkpoint thread from its TypeScript source, for runs without a build (tests, benchmarks);
// the app and the built CLI start the bundled checkpoint-worker.js.
require('tsx/cjs');
require('./checkpoint-worker.ts');
