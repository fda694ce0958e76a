// Routes: / picks French or English from the browser; /fr/… and /en/… show the pages (each page is its own chunk).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, createBrowserRouter, useLocation } from 'react-router';
import { Layout } from './Layout.tsx';
import { isLang, parsePath, pathFor, preferredLang, type Page } from './lib/routes.ts';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';

const PAGE_COMPONENTS: Record<Page, ComponentType | LazyExoticComponent<ComponentType>> = {
  home: Home,
  calculator: lazy(() => import('./pages/Calculator.tsx')),
  eligibility: lazy(() => import('./pages/Eligibility.tsx')),
  noc: lazy(() => import('./pages/NocFinder.tsx')),
  rules: lazy(() => import('./pages/Rules.tsx')),
  rounds: lazy(() => import('./pages/rounds/Rounds.tsx')),
  // The officers' pages (issue #5): pool dashboard, rounds workflow.
  officerPool: lazy(() => import('./pages/officer/Pool.tsx')),
  officerRounds: lazy(() => import('./pages/officer/Rounds.tsx')),
  // Signing in and the candidate's pages (issue #5): lazy chunks, outside the public pages' initial load.
  signIn: lazy(() => import('./pages/candidate/SignIn.tsx')),
  signUp: lazy(() => import('./pages/candidate/SignUp.tsx')),
  signOut: lazy(() => import('./pages/candidate/SignOut.tsx')),
  account: lazy(() => import('./pages/candidate/Account.tsx')),
  dashboard: lazy(() => import('./pages/candidate/Dashboard.tsx')),
  profile: lazy(() => import('./pages/candidate/ProfileBuilder.tsx')),
  profileScore: lazy(() => import('./pages/candidate/ProfileScore.tsx')),
};

function RootRedirect() {
  const { search, hash } = useLocation();
  return <Navigate replace to={`${pathFor(preferredLang(navigator.languages ?? [navigator.language]), 'home')}${search}${hash}`} />;
}

function PageRoute() {
  const { pathname } = useLocation();
  const first = pathname.split('/')[1];
  const here = parsePath(pathname);
  if (!isLang(first)) return <RootRedirect />;
  const Page = here ? PAGE_COMPONENTS[here.page] : NotFound;
  return (
    <Layout lang={first}>
      <Page />
    </Layout>
  );
}

export const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  { path: '*', element: <PageRoute /> },
]);
