import { resolve } from 'node:path';

/**
 * Where the content lives. Tests point FACE_FLOWS_CONTENT at a broken copy to check
 * that the build fails with a clear message; everyone else uses ./content.
 */
export const contentDir = resolve(process.env.FACE_FLOWS_CONTENT ?? 'content');
