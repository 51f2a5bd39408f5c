import { coreIO } from './core-io.js'
import { failUnexpected, run } from './main.js'

const fail = (error: unknown) => failUnexpected(error, coreIO)
process.on('unhandledRejection', fail)
process.on('uncaughtException', fail)

run(coreIO).catch(fail)
