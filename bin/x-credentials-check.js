#!/usr/bin/env node
// The command-line check lives in the action's bundle; the marker stops the bundle from running the action.
globalThis[Symbol.for('x-credentials-action.cli')] = true
const { cli } = await import('../dist/index.js')
await cli(process.argv.slice(2))
