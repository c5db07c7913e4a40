import "./App.css";
import {
  BrowserRouter,
  Route,
  Routes,
  Navigate,
  Outlet,
  useLocation,
} from "react-router-dom";
import { useAuth } from "./auth/AuthProvider";
import UserDashboard from "./pages/Dashboard/UserDashboard";
import AdminDashboard from "./pages/Dashboard/AdminDashboard";
import AdminCreator from "./pages/Users/AdminCreator";
import MatchedDashboard from "./pages/Dashboard/MatchedDashboard";
import LoginSignup from "./pages/Login/Login-Signup";
import Registration from "./pages/Registration/RegistrationNew";
import Profile from "./pages/Profile/Profile";
import RecapPage from "./pages/Recap/RecapPage";
import Rematching from "./pages/Rematching/Rematching";
import PreProgram from "./pages/PreProgram/PreProgram";
import FormBuilder from "./pages/FormBuilder/FormBuilder";
import Waiting from "./pages/Waiting/Waiting";
import MainLayout from "./components/MainLayout";

function RouteLoader() {
  return <div className="route-loading">Loading...</div>;
}

function ProgramGate({ children }: { children: React.ReactNode }) {
  const { programState, programStateLoading, isWaitlisted, waitlistLoading } = useAuth() as {
    programState: { matches_final: boolean; started: boolean } | null;
    programStateLoading: boolean;
    isWaitlisted: boolean;
    waitlistLoading: boolean;
  };
  const location = useLocation();

  if (programStateLoading || waitlistLoading) {
    return <RouteLoader />;
  }

  if (isWaitlisted) {
    return <Navigate to="/waiting" replace state={{ from: location }} />;
  }

  if (!programState) {
    return <Navigate to="/waiting" replace state={{ from: location }} />;
  }

  const { matches_final, started } = programState;

  if (!matches_final || !started) {
    return <Navigate to="/waiting" replace state={{ from: location }} />;
  }

  return <>{children}</>;
}

function RegistrationGate() {
  const {
    user,
    loading,
    emailVerified,
    participant,
    participantLoading,
    isAdmin,
  } = useAuth();
  const location = useLocation();
  const role = (participant as { role?: string | null } | null)?.role ?? null;

  if (loading || participantLoading) {
    return <RouteLoader />;
  }

  if (!user) {
    return <Navigate to="/" replace state={{ from: location }} />;
  }

  if (!emailVerified) {
    return <Navigate to="/" replace />;
  }

  if (role && isAdmin) {
    return <Navigate to="/admin/" replace />;
  }

  if (
    participant &&
    (participant as { type?: string }).type === "Participant"
  ) {
    return <Navigate to="/user/dashboard" replace />;
  }

  return <Registration />;
}

function ParticipantGate() {
  const { user, loading, emailVerified, participant, participantLoading } =
    useAuth();
  const location = useLocation();

  if (loading || participantLoading) {
    return <RouteLoader />;
  }

  if (!user) {
    return <Navigate to="/" replace state={{ from: location }} />;
  }

  if (!emailVerified) {
    return <Navigate to="/" replace />;
  }

  if (
    !participant ||
    (participant as { type?: string }).type !== "Participant"
  ) {
    return <Navigate to="/registration" replace />;
  }

  return <Outlet />;
}

function AdminGate() {
  const {
    user,
    loading,
    emailVerified,
    participant,
    participantLoading,
    isAdmin,
  } = useAuth();
  const location = useLocation();

  if (loading || participantLoading) {
    return <RouteLoader />;
  }

  if (!user) {
    return <Navigate to="/" replace state={{ from: location }} />;
  }

  if (!emailVerified) {
    return <Navigate to="/" replace />;
  }

  if (!participant || !isAdmin) {
    const destination =
      (participant as { type?: string } | null)?.type === "Participant"
        ? "/user/dashboard"
        : "/";
    return <Navigate to={destination} replace />;
  }

  return <Outlet />;
}

function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<LoginSignup />} />
        {/* Routes with navbar */}
        <Route element={<MainLayout />}>
          <Route path="/registration" element={<RegistrationGate />} />
          <Route path="/waiting" element={<Waiting />} />
          <Route path={"/profile"} element={<Profile></Profile>}></Route>

          <Route path="/user/*" element={<ParticipantGate />}>
            <Route
              path=""
              element={<Navigate to="/user/dashboard" replace />}
            />
            <Route
              path="dashboard"
              element={
                <ProgramGate>
                  <UserDashboard />
                </ProgramGate>
              }
            />
            <Route
              path="matched"
              element={
                <ProgramGate>
                  <MatchedDashboard />
                </ProgramGate>
              }
            />
            <Route path="waiting" element={<Waiting />} />
          </Route>

          <Route path="/admin/*" element={<AdminGate />}>
            <Route
              path=""
              element={<Navigate to="/admin/dashboard" replace />}
            />
            <Route path="dashboard" element={<AdminDashboard />} />
            <Route path="recap" element={<RecapPage />} />
            <Route path="creator" element={<AdminCreator />} />
            <Route path="add-participant" element={<Registration />} />
            <Route path="main" element={<PreProgram />} />
            <Route path="rematching" element={<Rematching />} />
            <Route path="form-builder" element={<FormBuilder />} />
          </Route>
        </Route>

          {/* <Route path={"/user/dashboard"} element={<Dashboard></Dashboard>}></Route>
          <Route path={"/admin/dashboard"} element={<Dashboard></Dashboard>}></Route> */}
      </Routes>
    </BrowserRouter>
  );
}

export default App;
