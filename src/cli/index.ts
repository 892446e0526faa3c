#!/usr/bin/env node
// The `berth` command line: the same jobs as the action, for terminals and scripts.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
