import { render } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import AnnouncementsPage from "../pages/AnnouncementsPage";
import DossierPage from "../pages/DossierPage";
import HomePage from "../pages/HomePage";
import MyDossiersPage from "../pages/MyDossiersPage";
import ProceduresPage from "../pages/ProceduresPage";

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location" hidden>{`${location.pathname}${location.search}`}</div>;
}

/** Renders the app's pages under a memory router starting at `path`. */
export function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/dossier" element={<DossierPage />} />
        <Route path="/procedures" element={<ProceduresPage />} />
        <Route path="/my-dossiers" element={<MyDossiersPage />} />
        <Route path="/announcements" element={<AnnouncementsPage />} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
  );
}

/** The router location, decoded for readable assertions. */
export function currentLocation(container: HTMLElement = document.body): string {
  const probe = container.querySelector('[data-testid="location"]');
  return decodeURIComponent(probe?.textContent ?? "");
}
