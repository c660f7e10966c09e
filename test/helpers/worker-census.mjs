// Preloaded (node --import) into a run of the command: counts the worker threads alive at once and, as the
// process exits, writes the most there were and the process's peak resident memory to $WORKER_CENSUS.
import { writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';

let alive = 0;
let most = 0;
let started = 0;
const Original = workerThreads.Worker;
workerThreads.Worker = class CountedWorker extends Original {
  constructor(...args) {
    super(...args);
    started += 1;
    alive += 1;
    most = Math.max(most, alive);
    this.once('exit', () => (alive -= 1));
  }
};
syncBuiltinESMExports();

process.on('exit', () => {
  const census = { most, started, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  writeFileSync(process.env.WORKER_CENSUS, JSON.stringify(census));
});
