/**
 * Preloaded (`node -r`) into the measured CLI process when /usr/bin/time is not available: reports the process's
 * peak RSS (all threads) on stderr as it exits.
 */
process.on("exit", () => {
  process.stderr.write(`\nprivacy-lint-bench maxRSS kB: ${process.resourceUsage().maxRSS}\n`);
});
