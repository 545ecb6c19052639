import type { Database } from '@birge/db';
import type { FastifyInstance } from 'fastify';
import { fairRoutes } from './fair-routes';
import { placementRoutes } from './placement-routes';
import { profileRoutes } from './profile-routes';
import { vacancyRoutes } from './vacancy-routes';

/** Job seekers, employers and vacancies with their matching, job fairs, placements and their follow-ups. */
export function employmentRoutes(app: FastifyInstance, db: Database) {
  profileRoutes(app, db);
  vacancyRoutes(app, db);
  fairRoutes(app, db);
  placementRoutes(app, db);
}
