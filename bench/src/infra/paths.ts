import path from 'node:path';

export const BENCH_DIR = path.resolve(__dirname, '..', '..');
export const REPO_DIR = path.resolve(BENCH_DIR, '..');
export const API_DIR = path.join(REPO_DIR, 'api');
export const DATA_DIR = path.join(BENCH_DIR, '.data');
export const LOG_DIR = path.join(DATA_DIR, 'logs');
export const PROFILE_DIR = path.join(DATA_DIR, 'profiles');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
