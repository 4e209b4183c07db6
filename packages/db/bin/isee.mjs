#!/usr/bin/env node
// The `isee` command: the compiled CLI (run `npm run build` first; `npm start` and `npm test` do).
await import('../dist/cli/main.js');
