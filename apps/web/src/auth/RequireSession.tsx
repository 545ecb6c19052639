import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session';

/** Pages behind sign-in; the path a visitor wanted is kept so sign-in can return them there. */
export function RequireSession() {
  const { data: session, isPending } = useSession();
  const location = useLocation();
  if (isPending) return null;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
