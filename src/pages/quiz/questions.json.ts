import type { APIRoute } from 'astro';
import { readBank } from '../../lib/quiz/collection';

/** The question bank for the quiz pages' scripts: one file, cached once for the practice, presenter and sheet pages. */
export const GET: APIRoute = async () => Response.json(await readBank());
