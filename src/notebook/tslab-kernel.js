#!/usr/bin/env node
// Jupyter starts kernels in the notebook's folder, but tslab type-checks every cell with its working
// directory as TypeScript's rootDir, so `../src/index.ts` from notebooks/ would fall outside it. This
// launcher is what the kernelspec runs: it moves to the project root (found from its own path, not
// from wherever Jupyter started it) and only then starts this project's tslab.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const configIndex = args.indexOf('--config-path');
const configArg = configIndex >= 0 ? args[configIndex + 1] : args[0];
if (!configArg) {
  console.error('usage: tslab-kernel.js <connection_file>');
  process.exit(2);
}
// The connection file may be relative to the folder Jupyter started us in.
const configPath = path.resolve(configArg);
process.chdir(root);

const require = createRequire(path.join(root, 'package.json'));

// src/ imports its siblings as './x.ts' (Node ESM style). tslab's bundled TypeScript 5.0 rejects that
// unless allowImportingTsExtensions is on, and then leaves the `.ts` specifiers in its output, which
// Node can only load with tsx's require hook. Both are set up before tslab reads the module.
require('tsx/cjs/api').register();
const tsPath = require.resolve('@tslab/typescript-for-tslab', { paths: [path.dirname(require.resolve('tslab/package.json'))] });
const ts = require(tsPath);
const patched = {};
for (const key of Object.keys(ts)) {
  if (key !== 'createWatchCompilerHost') Object.defineProperty(patched, key, { enumerable: true, get: () => ts[key] });
}
Object.defineProperty(patched, 'createWatchCompilerHost', {
  enumerable: true,
  value: (rootFiles, options, ...rest) =>
    ts.createWatchCompilerHost(rootFiles, { ...options, allowImportingTsExtensions: true }, ...rest),
});
require.cache[tsPath].exports = patched;

const { startKernel } = require('tslab/dist/main.js');
startKernel({ configPath, enableFindLocal: false, jsKernel: false, globalVersion: '' });
