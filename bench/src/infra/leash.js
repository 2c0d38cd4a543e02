// Preloaded (`node -r`) into every process the bench starts, the API included: when the bench
// dies without cleaning up (SIGKILL, OOM), its children notice they were orphaned and exit
// instead of holding ports, sockets and database connections on a shared machine.
'use strict';
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
