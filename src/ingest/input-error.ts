import type { Origin } from '../model/article.js';

/** A problem with one input (a file, a line of it, or a feed item): reported, never fatal to the batch. */
export class InputError extends Error {
  constructor(readonly origin: Origin, readonly reason: string) {
    super(`${formatOrigin(origin)}: ${reason}`);
  }
}

export function formatOrigin(origin: Origin): string {
  if (origin.line !== undefined) return `${origin.path}:${origin.line}`;
  if (origin.item !== undefined) return `${origin.path} (item ${origin.item})`;
  return origin.path;
}
