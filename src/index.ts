import { failUnexpected, run } from './main.js'

process.on('unhandledRejection', failUnexpected)
process.on('uncaughtException', failUnexpected)

run().catch(failUnexpected)
