// CPU time the browser spends, for benchmarks on a shared machine: wall-clock figures grow with
// the machine's load (another process holds the core), CPU time much less. Linux only: the sum of
// the first field of /proc/<pid>/task/<tid>/schedstat (ns on a CPU) over every thread of the
// browser and its child processes (renderer, GPU, utility). Undefined where /proc is not readable.
import { readdirSync, readFileSync } from 'node:fs';

function children(root) {
  const kids = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(kids.get(out[i]) ?? []));
  return out;
}

/** Nanoseconds on a CPU so far, summed over the process tree of `pid`; undefined without /proc. */
export function treeCpuNs(pid) {
  if (!pid) return undefined;
  let total = 0;
  let seen = false;
  for (const p of children(pid)) {
    let tids;
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tids) {
      try {
        total += Number(readFileSync(`/proc/${p}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
        seen = true;
      } catch {
        // thread gone
      }
    }
  }
  return seen ? total : undefined;
}

/** Runs `fn` and returns its result with the browser's CPU time over it (ms), when measurable. */
export async function withCpu(pid, fn) {
  const a = treeCpuNs(pid);
  const value = await fn();
  const b = treeCpuNs(pid);
  return { value, cpuMs: a !== undefined && b !== undefined ? (b - a) / 1e6 : undefined };
}
