import fs from 'node:fs';
import { benchFetch, type BenchServer } from './server';

// The CSV export of every activity: when its first bytes arrive, when it ends, and the server's
// peak memory meanwhile (sampled every 20 ms over the server's process group), two ways:
// - private: the memory the server itself allocated (anonymous and shared-memory pages), what a
//   whole export held in memory would inflate;
// - resident: that plus the pages of files it maps, which includes the database file (SQLite reads
//   it through mmap): those are the kernel's page cache, shared and dropped under pressure.

export interface ExportFigures {
  rows: number;
  megabytes: number;
  firstByteMs: number;
  totalMs: number;
  idle: MemoryMb;
  peak: MemoryMb;
}

export interface MemoryMb {
  privateMb: number;
  residentMb: number;
}

/** Private and resident memory of every process in a process group, in MB (Linux /proc). */
export function processGroupMemory(groupId: number): MemoryMb {
  let privateKb = 0;
  let residentKb = 0;
  const field = (status: string, name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      privateKb += field(status, 'RssAnon') + field(status, 'RssShmem');
      residentKb += field(status, 'VmRSS');
    } catch {
      // the process ended while we looked
    }
  }
  return { privateMb: privateKb / 1024, residentMb: residentKb / 1024 };
}

export async function measureExport(server: BenchServer, exportPath: string, cookie: string): Promise<ExportFigures> {
  const idle = processGroupMemory(server.pid);
  const peak = { ...idle };
  const sampler = setInterval(() => {
    const now = processGroupMemory(server.pid);
    peak.privateMb = Math.max(peak.privateMb, now.privateMb);
    peak.residentMb = Math.max(peak.residentMb, now.residentMb);
  }, 20);
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
    return { rows: newlines - 1, megabytes: bytes / 1e6, firstByteMs, totalMs, idle, peak };
  } finally {
    clearInterval(sampler);
  }
}
