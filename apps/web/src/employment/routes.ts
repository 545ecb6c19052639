import type { RouteObject } from 'react-router';

/** Employment, behind sign-in; every page is its own chunk. */
export const employmentRoutes: RouteObject[] = [
  {
    path: 'employment',
    lazy: () => import('./EmploymentPage').then((m) => ({ Component: m.EmploymentPage })),
  },
  {
    path: 'employment/employers',
    lazy: () => import('./EmployersPage').then((m) => ({ Component: m.EmployersPage })),
  },
  {
    path: 'employment/employers/:id',
    lazy: () => import('./EmployerPage').then((m) => ({ Component: m.EmployerPage })),
  },
  {
    path: 'employment/vacancies/:id',
    lazy: () => import('./VacancyPage').then((m) => ({ Component: m.VacancyPage })),
  },
  {
    path: 'employment/placements',
    lazy: () => import('./PlacementsPage').then((m) => ({ Component: m.PlacementsPage })),
  },
  {
    path: 'employment/placements/:id',
    lazy: () => import('./PlacementPage').then((m) => ({ Component: m.PlacementPage })),
  },
  { path: 'employment/fairs/:id', lazy: () => import('./FairPage').then((m) => ({ Component: m.FairPage })) },
  {
    path: 'persons/:id/job-profile',
    lazy: () => import('./JobProfilePage').then((m) => ({ Component: m.JobProfilePage })),
  },
];
