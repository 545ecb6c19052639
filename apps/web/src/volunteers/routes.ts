import type { RouteObject } from 'react-router';

/** The roster of volunteers and experts, behind sign-in; every page is its own chunk. */
export const volunteerRoutes: RouteObject[] = [
  {
    path: 'volunteers',
    lazy: () => import('./VolunteersPage').then((m) => ({ Component: m.VolunteersPage })),
  },
  {
    path: 'volunteers/:id',
    lazy: () => import('./VolunteerPage').then((m) => ({ Component: m.VolunteerPage })),
  },
];
