#!/usr/bin/env node
// Starts the CLI (dist/cli/boot.js picks the fastest build that is there).
import '../dist/cli/boot.js';
