import type { RouteObject } from 'react-router';

/** Programmes, their logframes, indicators and reports, behind sign-in. Every page is its own chunk. */
export const programmeRoutes: RouteObject[] = [
  {
    path: 'programmes',
    lazy: () => import('./ProgrammesPage').then((m) => ({ Component: m.ProgrammesPage })),
  },
  {
    path: 'programmes/new',
    lazy: () => import('./ProgrammeEditorPage').then((m) => ({ Component: m.NewProgrammePage })),
  },
  {
    path: 'programmes/:id',
    lazy: () => import('./ProgrammePage').then((m) => ({ Component: m.ProgrammePage })),
  },
  {
    path: 'programmes/:id/edit',
    lazy: () => import('./ProgrammeEditorPage').then((m) => ({ Component: m.EditProgrammePage })),
  },
  {
    path: 'programmes/:id/results/:resultId/indicators/new',
    lazy: () => import('./IndicatorFormPage').then((m) => ({ Component: m.IndicatorFormPage })),
  },
  {
    path: 'programmes/:id/indicators/:indicatorId',
    lazy: () => import('./IndicatorPage').then((m) => ({ Component: m.IndicatorPage })),
  },
  {
    path: 'programmes/:id/indicators/:indicatorId/edit',
    lazy: () => import('./IndicatorFormPage').then((m) => ({ Component: m.IndicatorFormPage })),
  },
  {
    path: 'programmes/:id/indicators/:indicatorId/records',
    lazy: () => import('./RecordsPage').then((m) => ({ Component: m.RecordsPage })),
  },
  {
    path: 'networks/:id/programmes',
    lazy: () => import('./NetworkProgrammesPage').then((m) => ({ Component: m.NetworkProgrammesPage })),
  },
];
