import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DataDirLockedError, lockDataDir } from './dataDirLock';

const freshDir = () => mkdtempSync(join(tmpdir(), 'perspektive-lock-'));

describe('data folder lock', () => {
  it('refuses a second holder while the first is alive', () => {
    const dir = freshDir();
    // Simulate another live process: our parent (the test runner's parent) is alive.
    writeFileSync(join(dir, 'perspektive.lock'), JSON.stringify({ pid: process.ppid }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a stale lock left by a killed process', () => {
    const dir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeFileSync(join(dir, 'perspektive.lock'), JSON.stringify({ pid: dead }));
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'perspektive.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'perspektive.lock'))).toBe(false);
  });

  it('takes over an unreadable lock file', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'perspektive.lock'), 'not json');
    const release = lockDataDir(dir);
    release();
  });
});
