import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DataDirLockedError, lockDataDir } from '@/lib/db/data-dir-lock';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'specboard-lock-'));

describe('data directory lock', () => {
  it('refuses a second holder while a live process holds the directory, naming the directory and the process', async () => {
    const dir = freshDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(path.join(dir, 'specboard.lock'), String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(`Data directory ${dir} is in use by process ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left behind by a process that is gone', async () => {
    const dir = freshDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(path.join(dir, 'specboard.lock'), String(gone.pid));
    const release = lockDataDir(dir);
    release();
    expect(existsSync(path.join(dir, 'specboard.lock'))).toBe(false);
  });

  it('is released by its holder and can then be taken again', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow('already open in this process');
    release();
    lockDataDir(dir)();
  });
});
