import { buildWebIfStale } from '../web-build.ts';
import { runServe } from './serve.ts';

export async function runStart() {
  await buildWebIfStale();
  await runServe();
}
