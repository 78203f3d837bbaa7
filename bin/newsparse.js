#!/usr/bin/env node
// Starts the CLI: the bundled build (faster start-up) when it is at least as new as tsc's
// output, else tsc's output itself.
import { statSync } from 'node:fs';

const bundled = new URL('../dist/bundle/run.js', import.meta.url);
const compiled = new URL('../dist/cli/run.js', import.meta.url);
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
await import((mtime(bundled) >= mtime(compiled) ? bundled : compiled).href);
