#!/usr/bin/env node
// The `incident-elements` bin. Kept thin: the command lives in validate.ts, where tests can reach it.
import { nodeIo } from './node-io.js';
import { runCli } from './validate.js';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
