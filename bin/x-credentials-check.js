#!/usr/bin/env -S node --
// The `--` ends Node's own options: without it Node reads `--env-file` even after the script name (nodejs/node#54232),
// so `x-credentials-check check --env-file .env` would load the file itself, or stop with exit code 9 when it does not exist yet.
// The command-line check lives in the action's bundle; the marker stops the bundle from running the action.
globalThis[Symbol.for('x-credentials-action.cli')] = true
const { cli } = await import('../dist/index.js')
await cli(process.argv.slice(2))
