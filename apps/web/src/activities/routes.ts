import type { RouteObject } from 'react-router';

/** Activities, their attendance and the facilitators, behind sign-in. Every page is its own chunk. */
export const activityRoutes: RouteObject[] = [
  {
    path: 'activities',
    lazy: () => import('./ActivitiesPage').then((m) => ({ Component: m.ActivitiesPage })),
  },
  {
    path: 'activities/new',
    lazy: () => import('./ActivityFormPage').then((m) => ({ Component: m.NewActivityPage })),
  },
  {
    path: 'activities/:id',
    lazy: () => import('./ActivityPage').then((m) => ({ Component: m.ActivityPage })),
  },
  {
    path: 'activities/:id/edit',
    lazy: () => import('./ActivityFormPage').then((m) => ({ Component: m.EditActivityPage })),
  },
  {
    path: 'facilitators',
    lazy: () => import('./FacilitatorsPage').then((m) => ({ Component: m.FacilitatorsPage })),
  },
];
