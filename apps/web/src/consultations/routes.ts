import type { RouteObject } from 'react-router';

/** Pages anyone may open, without signing in. */
export const publicConsultationRoutes: RouteObject[] = [
  { path: 'ask', lazy: () => import('../public/AskPage').then((m) => ({ Component: m.AskPage })) },
  {
    path: 'ask/:token',
    lazy: () => import('../public/QuestionLinkPage').then((m) => ({ Component: m.QuestionLinkPage })),
  },
];

/** The expert desk and the knowledge base, behind sign-in. Every page is its own chunk. */
export const consultationRoutes: RouteObject[] = [
  {
    path: 'consultations',
    lazy: () => import('./DeskPage').then((m) => ({ Component: m.DeskPage })),
  },
  {
    path: 'consultations/:id',
    lazy: () => import('./ConsultationPage').then((m) => ({ Component: m.ConsultationPage })),
  },
  {
    path: 'knowledge',
    lazy: () => import('../knowledge/KnowledgePage').then((m) => ({ Component: m.KnowledgePage })),
  },
  {
    path: 'knowledge/new',
    lazy: () => import('../knowledge/ArticleEditorPage').then((m) => ({ Component: m.NewArticlePage })),
  },
  {
    path: 'knowledge/:id',
    lazy: () => import('../knowledge/ArticlePage').then((m) => ({ Component: m.ArticlePage })),
  },
  {
    path: 'knowledge/:id/edit',
    lazy: () => import('../knowledge/ArticleEditorPage').then((m) => ({ Component: m.EditArticlePage })),
  },
];
