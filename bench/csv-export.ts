import fs from 'node:fs';
import { benchFetch, type BenchServer } from './server';

// The CSV export of every activity: when its first bytes arrive, when it ends, and the server's
// peak resident memory meanwhile (sampled every 20 ms over the server's process group).

export interface ExportFigures {
  rows: number;
  megabytes: number;
  firstByteMs: number;
  totalMs: number;
  idleRssMb: number;
  peakRssMb: number;
}

/** Resident memory of every process in a process group, in MB (Linux /proc). */
export function processGroupRssMb(groupId: number): number {
  let kilobytes = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'));
      kilobytes += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return kilobytes / 1024;
}

export async function measureExport(server: BenchServer, exportPath: string, cookie: string): Promise<ExportFigures> {
  const idleRssMb = processGroupRssMb(server.pid);
  let peakRssMb = idleRssMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, processGroupRssMb(server.pid))), 20);
  try {
    const started = performance.now();
    const response = await benchFetch(`${server.base}${exportPath}`, cookie);
    if (response.status !== 200 || !response.body) throw new Error(`The export answered ${response.status}`);
    let firstByteMs = 0;
    let bytes = 0;
    let newlines = 0;
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) newlines++;
    }
    const totalMs = performance.now() - started;
    // Records are the lines after the header: the synthetic rows hold no line breaks.
    return { rows: newlines - 1, megabytes: bytes / 1e6, firstByteMs, totalMs, idleRssMb, peakRssMb };
  } finally {
    clearInterval(sampler);
  }
}
