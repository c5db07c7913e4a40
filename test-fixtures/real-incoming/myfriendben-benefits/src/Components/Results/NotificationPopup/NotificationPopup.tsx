import { Alert, IconButton, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { FormattedMessage } from 'react-intl';
import { useState, useCallback, useEffect, useRef } from 'react';
import { useTrackEvent } from '../../../Assets/analytics';
import './NotificationPopup.css';

// Default messages to avoid creating new elements on every render
const DEFAULT_LINK_TEXT = <FormattedMessage id="resultsPopup.button" defaultMessage="Learn More" />;
const DEFAULT_MINIMIZED_TEXT = <FormattedMessage id="resultsPopup.minimized" defaultMessage="Click to learn more" />;

/**
 * Props for the NotificationPopup component
 */
type NotificationPopupProps = {
  /**
   * Condition function that determines whether to show the popup
   * @returns true to show the popup, false to hide it
   */
  shouldShow: () => boolean;
  /**
   * The message to display in the popup
   * Can be a string, JSX element, or FormattedMessage component
   */
  message: React.ReactNode;
  /**
   * Optional link URL - if provided, shows a clickable button
   * Opens in a new tab with noopener noreferrer for security
   */
  linkUrl?: string;
  /**
   * Optional link text for the button
   * @default "Learn More" (internationalized)
   */
  linkText?: React.ReactNode;
  /**
   * Optional text to display when popup is minimized
   * @default "Click to learn more" (internationalized)
   */
  minimizedText?: React.ReactNode;
  /**
   * Optional boolean to start the popup in minimized state
   * @default false
   */
  startMinimized?: boolean;
};

/**
 * NotificationPopup component displays a dismissible popup that can be minimized.
 * When minimized, it shows as a small box in the bottom-right corner.
 */
const NotificationPopup = ({
  shouldShow,
  message,
  linkUrl,
  linkText = DEFAULT_LINK_TEXT,
  minimizedText = DEFAULT_MINIMIZED_TEXT,
  startMinimized = false,
}: NotificationPopupProps) => {
  const dialogRef = useRef<HTMLDivElement>(null);
  const track = useTrackEvent();

  const [isMinimized, setIsMinimized] = useState(startMinimized);
  const [isDismissed, setIsDismissed] = useState(false);

  const handleMinimize = useCallback(() => {
    setIsMinimized(true);
    track('screener_notification_popup', { action: 'minimize' });
  }, [track]);

  const handleRestore = useCallback(() => {
    setIsMinimized(false);
    track('screener_notification_popup', { action: 'restore' });
  }, [track]);

  const handleDismiss = useCallback(
    (e: React.MouseEvent) => {
      e.stopPropagation(); // Prevent restore from triggering
      setIsDismissed(true);
      track('screener_notification_popup', { action: 'dismiss' });
    },
    [track],
  );

  const handleCtaClick = useCallback(() => {
    track('screener_notification_popup', { action: 'cta_click' });
    handleMinimize();
  }, [track, handleMinimize]);

  // Focus management for accessibility
  useEffect(() => {
    if (!isMinimized && !isDismissed && shouldShow()) {
      // Focus the dialog when it opens
      dialogRef.current?.focus();
    }
  }, [isMinimized, isDismissed, shouldShow]);

  // Fire the impression event once, when the popup first becomes visible.
  // Guarded by a ref (fires at most once) and keyed on the visibility boolean
  // so it still fires if the popup becomes eligible after mount, not only on
  // the initial render.
  const isVisible = shouldShow();
  const hasTrackedShown = useRef(false);
  useEffect(() => {
    if (isVisible && !hasTrackedShown.current) {
      hasTrackedShown.current = true;
      track('screener_notification_popup', { action: 'shown' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isVisible]);

  // Don't render if condition not met or completely dismissed
  if (!shouldShow() || isDismissed) {
    return null;
  }

  // Minimized state - small box in bottom-right corner
  if (isMinimized) {
    return (
      <div
        className="notification-popup-minimized"
        onClick={handleRestore}
        role="button"
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            handleRestore();
          }
        }}
        aria-label="Restore survey popup"
      >
        <Alert
          severity="info"
          icon={false}
          action={
            <IconButton
              aria-label="Close popup"
              color="inherit"
              size="small"
              onClick={handleDismiss}
              className="notification-popup-minimized-close-button"
            >
              <CloseIcon fontSize="inherit" />
            </IconButton>
          }
        >
          <Typography variant="body2">
            {minimizedText}
          </Typography>
        </Alert>
      </div>
    );
  }

  // Full popup state - centered on screen
  return (
    <>
      {/* Backdrop overlay */}
      <div
        className="notification-popup-backdrop"
        onClick={handleMinimize}
        aria-hidden="true"
      />

      {/* Popup content */}
      <div
        ref={dialogRef}
        className="notification-popup-container"
        role="dialog"
        aria-modal="true"
        aria-label="Survey invitation"
        tabIndex={-1}
      >
        <Alert
          severity="info"
          icon={false}
          action={
            <IconButton
              aria-label="Minimize popup"
              color="inherit"
              size="small"
              onClick={handleMinimize}
              className="notification-popup-close-button"
            >
              <CloseIcon fontSize="inherit" />
            </IconButton>
          }
        >
          <Typography variant="body1" className="notification-popup-text">
            {message}
          </Typography>

          {linkUrl && (
            <a
              href={linkUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="notification-popup-button"
              onClick={handleCtaClick}
            >
              {linkText}
            </a>
          )}
        </Alert>
      </div>
    </>
  );
};

export default NotificationPopup;
