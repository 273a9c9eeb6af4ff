import { describe, expect, it } from 'vitest';
import { cpuPerRequest, cpuSecondsOfStat, readCpu } from '../../bench/cpu.ts';

// The benchmark's CPU per request (bench/cpu.ts): /proc's stat lines read right, whatever the
// command's name holds, and the difference of two readings spread over the requests between them.
describe('CPU per request in the benchmark', () => {
  it('reads user and system time after the command, even a command with spaces and parentheses', () => {
    const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 75 0 0 20 0 11 0 900 1 2';
    expect(cpuSecondsOfStat(stat)).toEqual({ command: 'node (a) b', seconds: 3.25 });
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => cpuSecondsOfStat('no parentheses here')).toThrow(/not a \/proc stat line/);
    expect(() => cpuSecondsOfStat('1 (x) S 1')).toThrow(/no CPU times/);
  });

  it('spreads the CPU between two readings over the requests, process by process', () => {
    const before = {
      server: 10,
      database: new Map([
        ['100', 4],
        ['200', 50],
      ]),
    };
    // 100 ran on, 200 (with 50 s of its own before) ended, 300 started in between.
    const after = {
      server: 12,
      database: new Map([
        ['100', 5],
        ['300', 0.5],
      ]),
    };
    const perRequest = cpuPerRequest(before, after, 4000);
    expect(perRequest?.serverMs).toBeCloseTo(0.5);
    expect(perRequest?.databaseMs).toBeCloseTo(0.375);
    expect(cpuPerRequest(undefined, after, 10)).toBeUndefined();
    expect(cpuPerRequest(before, after, 0)).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('reads this very process on Linux', () => {
    const reading = readCpu(process.pid);
    expect(reading?.server).toBeGreaterThan(0);
    expect(reading?.database).toBeInstanceOf(Map);
    expect(readCpu(undefined)).toBeUndefined();
  });
});
