import { createBrowserRouter } from 'react-router';
import { RequireSession } from './auth/RequireSession';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';

// Every page is its own chunk so the first load carries only the shell.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: 'sign-in', lazy: () => import('./auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
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
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
