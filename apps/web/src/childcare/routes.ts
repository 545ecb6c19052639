import type { RouteObject } from 'react-router';

/** Child protection and deinstitutionalisation, behind sign-in; every page is its own chunk. */
export const childcareRoutes: RouteObject[] = [
  { path: 'childcare', lazy: () => import('./ChildcarePage').then((m) => ({ Component: m.ChildcarePage })) },
  {
    path: 'childcare/institutions/new',
    lazy: () => import('./NewInstitutionPage').then((m) => ({ Component: m.NewInstitutionPage })),
  },
  {
    path: 'childcare/commissions/new',
    lazy: () => import('./NewCommissionPage').then((m) => ({ Component: m.NewCommissionPage })),
  },
  {
    path: 'childcare/institutions/:id',
    lazy: () => import('./InstitutionPage').then((m) => ({ Component: m.InstitutionPage })),
  },
  {
    path: 'childcare/commissions/:id',
    lazy: () => import('./CommissionPage').then((m) => ({ Component: m.CommissionPage })),
  },
  { path: 'childcare/carers', lazy: () => import('./CarersPage').then((m) => ({ Component: m.CarersPage })) },
  {
    path: 'childcare/placements/:id',
    lazy: () => import('./PlacementPage').then((m) => ({ Component: m.PlacementPage })),
  },
  {
    path: 'cases/:id/care',
    lazy: () => import('./CareCasePage').then((m) => ({ Component: m.CareCasePage })),
  },
];
