import type { Database } from '@birge/db';
import type { FastifyInstance } from 'fastify';
import { gatekeepingRoutes } from './gatekeeping-routes';
import { institutionRoutes } from './institution-routes';
import { placementRoutes } from './placement-routes';

export function childcareRoutes(app: FastifyInstance, db: Database) {
  institutionRoutes(app, db);
  gatekeepingRoutes(app, db);
  placementRoutes(app, db);
}
