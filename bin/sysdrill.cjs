#!/usr/bin/env node
'use strict'
// Loads the bundled CLI (dist/*.cjs) with V8 code caches, then hands it the real process.
// The cache only skips parsing and compiling; V8 checks it against the source and the Node
// version and silently ignores a stale one. See scripts/build.mjs for why it exists.
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')
const Module = require('node:module')

const dist = path.join(__dirname, '..', 'dist')
const writeCache = process.env.SYSDRILL_WRITE_CODE_CACHE === '1'
const compile = Module.prototype._compile

Module.prototype._compile = function compileWithCache(content, filename) {
  if (path.dirname(filename) !== dist) return compile.call(this, content, filename)
  const cacheFile = `${filename}.cache`
  let cachedData
  try {
    cachedData = fs.readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData })
  if (writeCache) {
    process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()))
  }
  const wrapper = script.runInThisContext({ displayErrors: true })
  const require = (id) => this.require(id)
  require.resolve = (request) => Module._resolveFilename(request, this)
  require.cache = Module._cache
  return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename))
}

require('../dist/main.cjs').runFromProcess()
