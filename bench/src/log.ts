import { now } from './infra/time';

const startedAt = now();

/** Progress goes to stderr, so stdout carries only the results table. */
export function log(message: string): void {
  const seconds = Math.round((now() - startedAt) / 1000);
  const stamp = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  process.stderr.write(`[${stamp}] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (now() - startedAt) / 1000;
}
