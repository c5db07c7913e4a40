/**
 * The "files done, rate" line for long scans. Only on an interactive terminal (stderr is a TTY and not CI): in CI
 * logs and pipes a carriage-return line becomes thousands of lines of noise.
 */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const NO_PROGRESS: Progress = { update() {}, finish() {} };

export function progressEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  return Boolean(stream.isTTY) && !ci && env.TERM !== "dumb";
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled = progressEnabled(stream), label = "Scanning"): Progress {
  if (!enabled) return NO_PROGRESS;
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      // Redraw at most 10 times a second, and not at all for scans that end before anyone could read it.
      if (now - lastDraw < 100 && done !== total) return;
      if (now - started < 300 && done !== total) return;
      lastDraw = now;
      const seconds = Math.max(0.001, (now - started) / 1000);
      const rate = Math.round(done / seconds);
      stream.write(`\r\u001b[2K${label}: ${done}/${total} files (${rate} files/s)`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
