#!/usr/bin/env node
/**
 * Type-checks every room with its own tsconfig (architecture.md rule 5):
 * shared/ without DOM or Node types, renderer/ without Node, main/ without DOM.
 */
import { spawn } from 'node:child_process';

const projects = ['shared', 'main', 'main/app', 'main/preload', 'renderer', 'test'];
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;

const run = (project) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', `${project}/tsconfig.json`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ project, code, output }));
  });

// Two at a time: our machines have two cores.
const results = [];
for (let i = 0; i < projects.length; i += 2) results.push(...(await Promise.all(projects.slice(i, i + 2).map(run))));
let failures = 0;
for (const { project, code, output } of results) {
  if (code === 0) console.log(`typecheck ${project}: ok`);
  else {
    failures += 1;
    console.log(`typecheck ${project}: FAILED\n${output}`);
  }
}
process.exit(failures ? 1 : 0);
