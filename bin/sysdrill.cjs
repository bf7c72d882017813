#!/usr/bin/env node
'use strict'
// Loads the bundled CLI (dist/*.cjs) with V8 code caches, then hands it the real process.
// The cache only skips parsing and compiling. V8 checks it against the Node version and the
// source's length but not its content, so each bundle starts with a content stamp
// (/*sysdrill:<16 hex>*/, written by scripts/build.mjs) that the cache file repeats in its
// first bytes; a cache whose stamp differs is ignored. See scripts/build.mjs for why it exists.
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')
const Module = require('node:module')

const dist = path.join(__dirname, '..', 'dist')
const writeCache = process.env.SYSDRILL_WRITE_CODE_CACHE === '1'
const compile = Module.prototype._compile
const STAMP_LENGTH = '/*sysdrill:0123456789abcdef*/'.length

Module.prototype._compile = function compileWithCache(content, filename) {
  if (path.dirname(filename) !== dist) return compile.call(this, content, filename)
  const cacheFile = `${filename}.cache`
  const stamp = content.startsWith('/*sysdrill:') ? content.slice(0, STAMP_LENGTH) : undefined
  let cachedData
  if (stamp !== undefined) {
    try {
      const file = fs.readFileSync(cacheFile)
      if (file.toString('latin1', 0, STAMP_LENGTH) === stamp) cachedData = file.subarray(STAMP_LENGTH)
    } catch {
      cachedData = undefined
    }
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData })
  if (writeCache && stamp !== undefined) {
    process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()])))
  }
  const wrapper = script.runInThisContext({ displayErrors: true })
  const require = (id) => this.require(id)
  require.resolve = (request) => Module._resolveFilename(request, this)
  require.cache = Module._cache
  return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename))
}

require('../dist/main.cjs').runFromProcess()
