import { BrowserRouter, Link, Navigate, NavLink, Route, Routes, useSearchParams } from 'react-router';
import { DocumentPage } from './pages/DocumentPage';
import { FrameworkPage } from './pages/FrameworkPage';
import { FrameworksPage } from './pages/FrameworksPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { PersonPage } from './pages/PersonPage';
import { SearchForm, SearchPage } from './pages/SearchPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';

function Header() {
  const [params] = useSearchParams();
  return (
    <header className="site">
      <Link to="/sessions" className="brand">
        Intergovernmental coordination
      </Link>
      <nav aria-label="Main">
        <NavLink to="/sessions">Sessions</NavLink>
        <NavLink to="/frameworks">Frameworks</NavLink>
        <NavLink to="/search">Search</NavLink>
      </nav>
      <SearchForm compact initial={params.get('q') ?? ''} />
    </header>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Header />
      <main>
        <Routes>
          <Route path="/" element={<Navigate to="/sessions" replace />} />
          <Route path="/sessions" element={<SessionsPage />} />
          <Route path="/sessions/:id" element={<SessionPage />} />
          <Route path="/organizations/:id" element={<OrganizationPage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/frameworks" element={<FrameworksPage />} />
          <Route path="/frameworks/:id" element={<FrameworkPage />} />
          <Route path="/documents/:id" element={<DocumentPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route
            path="*"
            element={
              <div className="error" role="alert">
                <strong>Page not found.</strong> <Link to="/sessions">Go to the sessions</Link>.
              </div>
            }
          />
        </Routes>
      </main>
    </BrowserRouter>
  );
}
