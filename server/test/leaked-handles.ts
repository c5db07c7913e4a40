/**
 * Root hook (mocha `file`): after the whole run, says which handles are still open. mocha is told to exit anyway
 * (.mocharc.json `exit`), because a run that printed its results must not hang CI; this line is the clue to the leak.
 * Seen twice in one session: a run that had passed stayed alive with worker-thread event loops open.
 */
after(function () {
  const std: object[] = [process.stdin, process.stdout, process.stderr]; // sockets themselves when piped (CI's tee)
  const open = (process as unknown as { _getActiveHandles(): object[] })
    ._getActiveHandles()
    .filter((h) => !std.includes(h))
    .map((h) => h.constructor?.name ?? "?");
  if (open.length > 0) console.warn(`leaked handles after the run (mocha exits anyway): ${open.join(", ")}`);
});
