import type { RouteObject } from 'react-router';

/** The training workshops, behind sign-in; every page is its own chunk. */
export const workshopRoutes: RouteObject[] = [
  { path: 'workshops', lazy: () => import('./WorkshopsPage').then((m) => ({ Component: m.WorkshopsPage })) },
  {
    path: 'workshops/:id',
    lazy: () => import('./WorkshopPage').then((m) => ({ Component: m.WorkshopPage })),
  },
  {
    path: 'workshops/:id/production',
    lazy: () => import('./ProductionPage').then((m) => ({ Component: m.ProductionPage })),
  },
  {
    path: 'workshops/:id/sales',
    lazy: () => import('./SalesPage').then((m) => ({ Component: m.SalesPage })),
  },
];
