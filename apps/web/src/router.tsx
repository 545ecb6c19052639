import { createBrowserRouter } from 'react-router';
import { activityRoutes } from './activities/routes';
import { RequireSession } from './auth/RequireSession';
import { childcareRoutes } from './childcare/routes';
import { consultationRoutes, publicConsultationRoutes } from './consultations/routes';
import { employmentRoutes } from './employment/routes';
import { programmeRoutes } from './programmes/routes';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';
import { volunteerRoutes } from './volunteers/routes';
import { workshopRoutes } from './workshops/routes';

// Every page is its own chunk so the first load carries only the shell.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: 'sign-in', lazy: () => import('./auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      ...publicConsultationRoutes,
      {
        path: 'invite/:token',
        lazy: () => import('./auth/AccountTokenPage').then((m) => ({ Component: m.AccountTokenPage })),
      },
      {
        path: 'reset/:token',
        lazy: () => import('./auth/AccountTokenPage').then((m) => ({ Component: m.AccountTokenPage })),
      },
      {
        element: <RequireSession />,
        children: [
          { index: true, lazy: () => import('./home/HomePage').then((m) => ({ Component: m.HomePage })) },
          {
            path: 'organisations',
            lazy: () =>
              import('./organisations/OrganisationsPage').then((m) => ({ Component: m.OrganisationsPage })),
          },
          {
            path: 'organisations/new',
            lazy: () =>
              import('./organisations/NewOrganisationPage').then((m) => ({
                Component: m.NewOrganisationPage,
              })),
          },
          {
            path: 'organisations/:id',
            lazy: () =>
              import('./organisations/OrganisationPage').then((m) => ({ Component: m.OrganisationPage })),
          },
          {
            path: 'organisations/:id/edit',
            lazy: () =>
              import('./organisations/EditOrganisationPage').then((m) => ({
                Component: m.EditOrganisationPage,
              })),
          },
          {
            path: 'networks',
            lazy: () => import('./networks/NetworksPage').then((m) => ({ Component: m.NetworksPage })),
          },
          {
            path: 'networks/new',
            lazy: () => import('./networks/NewNetworkPage').then((m) => ({ Component: m.NewNetworkPage })),
          },
          {
            path: 'networks/:id',
            lazy: () => import('./networks/NetworkPage').then((m) => ({ Component: m.NetworkPage })),
          },
          {
            path: 'users',
            lazy: () => import('./users/UsersPage').then((m) => ({ Component: m.UsersPage })),
          },
          {
            path: 'users/invite',
            lazy: () => import('./users/InviteUserPage').then((m) => ({ Component: m.InviteUserPage })),
          },
          {
            path: 'users/:id',
            lazy: () => import('./users/UserPage').then((m) => ({ Component: m.UserPage })),
          },
          {
            path: 'audit',
            lazy: () => import('./audit/AuditPage').then((m) => ({ Component: m.AuditPage })),
          },
          {
            path: 'profile',
            lazy: () => import('./profile/ProfilePage').then((m) => ({ Component: m.ProfilePage })),
          },
          {
            path: 'persons',
            lazy: () => import('./persons/PersonsPage').then((m) => ({ Component: m.PersonsPage })),
          },
          {
            path: 'persons/new',
            lazy: () => import('./persons/NewPersonPage').then((m) => ({ Component: m.NewPersonPage })),
          },
          {
            path: 'persons/:id',
            lazy: () => import('./persons/PersonPage').then((m) => ({ Component: m.PersonPage })),
          },
          {
            path: 'persons/:id/edit',
            lazy: () => import('./persons/EditPersonPage').then((m) => ({ Component: m.EditPersonPage })),
          },
          {
            path: 'persons/:id/functioning',
            lazy: () => import('./persons/FunctioningPage').then((m) => ({ Component: m.FunctioningPage })),
          },
          {
            path: 'persons/:id/cases/new',
            lazy: () => import('./cases/OpenCasePage').then((m) => ({ Component: m.OpenCasePage })),
          },
          {
            path: 'persons/:id/refer',
            lazy: () => import('./referrals/NewReferralPage').then((m) => ({ Component: m.NewReferralPage })),
          },
          {
            path: 'cases/:id',
            lazy: () => import('./cases/CasePage').then((m) => ({ Component: m.CasePage })),
          },
          {
            path: 'caseload',
            lazy: () => import('./cases/CaseloadPage').then((m) => ({ Component: m.CaseloadPage })),
          },
          {
            path: 'referrals',
            lazy: () => import('./referrals/ReferralsPage').then((m) => ({ Component: m.ReferralsPage })),
          },
          {
            path: 'referrals/:id',
            lazy: () => import('./referrals/ReferralPage').then((m) => ({ Component: m.ReferralPage })),
          },
          ...consultationRoutes,
          ...workshopRoutes,
          ...childcareRoutes,
          ...employmentRoutes,
          ...volunteerRoutes,
          ...activityRoutes,
          ...programmeRoutes,
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
