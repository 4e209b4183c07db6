import type { FastifyInstance } from 'fastify';

/** A route as `METHOD /path`, the path as registered (`/api/screenings/:id`). */
export type RouteKey = `${string} /${string}`;

/** A line of printRoutes' tree: its drawing, a path segment, and the methods when a route ends there. */
const LINE = /^([\s│├└─]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every route the application registers, read from its router's own printout (buildApp offers no
 * hook before the modules register). Left out: the OpenAPI viewer under /api/docs, which serves
 * static files, and the HEAD twin Fastify adds to each GET.
 */
export function registeredRoutes(app: FastifyInstance): RouteKey[] {
  const prefixes: string[] = [];
  const routes: RouteKey[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = LINE.exec(line);
    if (match === null) continue;
    const [, drawing = '', segment = '', methods] = match;
    // Each level of the tree is drawn four characters wide; the root's children are drawn at level 1.
    const depth = drawing.length / 4 - 1;
    prefixes.length = depth;
    const path = `${prefixes.join('')}${segment}`;
    prefixes.push(segment);
    if (methods === undefined || path.startsWith('/api/docs')) continue;
    const list = methods.split(', ');
    for (const method of list)
      if (method !== 'HEAD' || !list.includes('GET')) routes.push(`${method} ${path}` as RouteKey);
  }
  return routes.sort();
}
