import { useNavigate } from "react-router";
import Kopfzeile from "~/components/Kopfzeile.static";
import Logo from "~/components/Logo.static";
import TestzugangBanner from "~/components/TestzugangBanner";
import UserProfile from "~/components/UserProfile.static";
import { config } from "~/config/config";
import { useTranslations } from "~/services/translations/context";
import Navigation from "./Navigation.static";

interface HeaderProps {
  userIsLoggedIn?: boolean;
  isContentPage?: boolean;
}

export default function Header({
  userIsLoggedIn = false,
  isContentPage = false,
}: Readonly<HeaderProps>) {
  const navigate = useNavigate();
  const { buttons, shared } = useTranslations();

  // The header has a:
  // (1) Kopfzeile,
  // (2) UserProfile,
  // (3) Logo and a
  // (4) dynamic navigation part: this area consists of
  // (4a) a login and go back functionality or
  // (4b) the ability to navigate through the platforms features (e.g. discover current court proceedings).

  // (2)
  const userProfile = userIsLoggedIn ? <UserProfile /> : null;

  // (4a)
  const goBackOrLoginButton = userIsLoggedIn ? (
    <button
      type="button"
      className="kern-link cursor-pointer bg-transparent"
      onClick={() => navigate(-1)}
    >
      <span className="kern-icon kern-icon--arrow-back kern-icon--default"></span>
      <span>{buttons.prev}</span>
    </button>
  ) : (
    <button
      type="button"
      className="kern-link cursor-pointer bg-transparent"
      onClick={() => navigate("/login")}
    >
      <span className="kern-icon kern-icon--logout kern-icon--default"></span>
      <span>{buttons.ANMELDEN_BUTTON}</span>
    </button>
  );

  // (4b)
  const platformNavigation = userIsLoggedIn ? <Navigation /> : null;

  const isLoginPage = !isContentPage && !userIsLoggedIn;

  const showTestzugangBanner =
    config().ENVIRONMENT === "staging" ||
    config().ENVIRONMENT === "development";

  return (
    <header>
      {/* (1) */}
      {showTestzugangBanner && <TestzugangBanner />}
      <Kopfzeile />
      <nav aria-label={shared.HEADER_ARIA_LABEL}>
        <div className="kern-container">
          <div className="gap-kern-space-small pt-kern-space-default flex flex-col">
            {/* (2) */}
            {!isContentPage && userProfile}
            <div
              className={`gap-kern-space-small flex flex-col justify-between xl:flex-row ${isLoginPage ? "self-center" : "items-center"}`}
            >
              {/* (3) */}
              <Logo />
              {/* (4) */}
              {isContentPage ? goBackOrLoginButton : platformNavigation}
            </div>
          </div>
          <div className="pt-kern-space-default pb-kern-space-large">
            <hr className="kern-divider" aria-hidden="true" />
          </div>
        </div>
      </nav>
    </header>
  );
}
