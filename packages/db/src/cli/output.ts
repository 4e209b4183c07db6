import type { Issue } from '@isee/domain';

/** Exit codes of `isee`: scripts can tell a refused operation from a bad call or a busy directory. */
export const EXIT = { ok: 0, failed: 1, usage: 2, locked: 3 } as const;

/** Issues on stderr, Thai then English, with the code and the path to fix. */
export function printIssues(issues: readonly Issue[]): void {
  for (const i of issues) {
    process.stderr.write(
      `✗ ${i.code}${i.path ? ` (${i.path})` : ''}: ${i.message.th}\n  ${i.message.en}\n`,
    );
  }
}

/**
 * The exit code a failure deserves (the server's start-up uses the same): configuration problems
 * are the caller's to fix, a held data directory is worth waiting for, the rest failed.
 */
export function exitCodeOf(issues: readonly Issue[]): number {
  if (issues.some((i) => i.code === 'DATA_DIR_LOCKED')) return EXIT.locked;
  if (issues.some((i) => i.code.startsWith('CONFIG_') || i.code === 'DATA_KEY_REQUIRED'))
    return EXIT.usage;
  return EXIT.failed;
}

/** A one-line progress display on a terminal; silent when output is piped (logs stay clean). */
export function progress(label: string): {
  update(done: number, total?: number): void;
  done(): void;
} {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (!tty || now - last < 100) return;
      last = now;
      const share = total ? ` ${((100 * done) / total).toFixed(1)} %` : '';
      process.stderr.write(
        `\r${label}: ${done.toLocaleString('en-US')}${total ? ` / ${total.toLocaleString('en-US')}` : ''}${share}   `,
      );
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
