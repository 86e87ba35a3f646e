import type { TestProject } from 'vitest/node';
import { startServer } from '../e2e/support/server';

// The production build in dist/, served as in the Playwright suite, on a port of its own.
export const port = Number(process.env['E2E_PORT'] ?? 4322) + 2;

export default async function setup(project: TestProject) {
  const server = await startServer(port);
  project.provide('baseURL', server.url);
  return server.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
