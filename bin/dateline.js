#!/usr/bin/env node
// Entry point for `npx dateline`. The package is compiled to dist/ by `npm install` (the prepare script);
// when dist/ is missing (a checkout without install scripts) we say how to build instead of failing obscurely.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write(`dateline: ${entry} is missing; run "npm install" (or "npm run build") in ${root} first.\n`);
  process.exit(2);
}
// `dateline export | head`: once the reader has gone, stop quietly instead of reporting a broken pipe.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv);
