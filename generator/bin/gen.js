#!/usr/bin/env node
// Entry point of the `gen` CLI. The compiled library lives in ../dist (built by `npm ci` via
// the root `prepare` script, or `npm run build`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
