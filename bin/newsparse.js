#!/usr/bin/env node
// Starts the CLI: the bundled build when there is one (faster start-up), else tsc's output.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/run.js', import.meta.url);
await import(existsSync(bundled) ? bundled.href : new URL('../dist/cli/run.js', import.meta.url).href);
