import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import FullscreenIcon from '@mui/icons-material/Fullscreen';
import FullscreenExitIcon from '@mui/icons-material/FullscreenExit';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PrintIcon from '@mui/icons-material/Print';
import './PagedDocumentViewer.css';

export type PagedDocumentViewerProps = {
  /** Ordered list of page image URLs (one per page). */
  pageImages: readonly string[];
  /**
   * URL of the underlying PDF — used by the Print/Download action so users get a
   * real PDF, not the display images.
   */
  pdfUrl: string;
  /** Accessible name for the document (e.g. its title). Used for page alt text. */
  title: string;
  className?: string;
  /**
   * Called with the 1-based page number when the viewer first mounts (page 1)
   * and whenever the visible page changes via the pager controls or arrow keys.
   * This is a reusable common component, so it never fires analytics itself —
   * callers wire this to their own tracking.
   */
  onPageView?: (pageNumber: number) => void;
  /** Called when the user triggers the Print/Download action. */
  onPrint?: () => void;
  /** Called when the user enters fullscreen. */
  onFullscreen?: () => void;
};

/**
 * Branded, paginated document viewer. Renders pre-rendered page images with a
 * custom toolbar (full screen / page pager / print) to match design specs that
 * the browser's native PDF viewer can't reproduce. Print/Download opens the
 * underlying PDF so the downloaded artifact is a real PDF.
 */
export default function PagedDocumentViewer({
  pageImages,
  pdfUrl,
  title,
  className,
  onPageView,
  onPrint,
  onFullscreen,
}: PagedDocumentViewerProps) {
  const intl = useIntl();
  const [pageIndex, setPageIndex] = useState(0);
  const [isFullscreen, setIsFullscreen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const pageAreaRef = useRef<HTMLDivElement>(null);

  const pageCount = pageImages.length;
  const isFirst = pageIndex === 0;
  const isLast = pageIndex === pageCount - 1;

  // Compute the target page and fire onPageView OUTSIDE the setPageIndex updater:
  // React may replay a functional updater, so a side effect inside it can emit
  // duplicate page-view events. The updater stays pure (returns the next index).
  const goPrev = useCallback(() => {
    const next = Math.max(0, pageIndex - 1);
    if (next !== pageIndex) {
      onPageView?.(next + 1);
      setPageIndex(next);
    }
  }, [pageIndex, onPageView]);
  const goNext = useCallback(() => {
    const next = Math.min(pageCount - 1, pageIndex + 1);
    if (next !== pageIndex) {
      onPageView?.(next + 1);
      setPageIndex(next);
    }
  }, [pageCount, pageIndex, onPageView]);

  // The page list can swap while the viewer is open — ConnectNowPage hands us a
  // different edition of the guide when the user changes language. If the new
  // document has fewer pages, the held index would point past its end: the pager
  // would read "3/2" and the page <img> would get an undefined src. Clamp instead
  // of resetting to 0 so the reader keeps their place when the counts match.
  useEffect(() => {
    setPageIndex((i) => Math.max(0, Math.min(i, pageImages.length - 1)));
  }, [pageImages]);

  const handlePagingKey = useCallback(
    (key: string): boolean => {
      if (key === 'ArrowLeft' || key === 'PageUp') {
        goPrev();
        return true;
      }
      if (key === 'ArrowRight' || key === 'PageDown') {
        goNext();
        return true;
      }
      return false;
    },
    [goPrev, goNext],
  );

  const onPageAreaKeyDown = useCallback(
    (e: ReactKeyboardEvent<HTMLDivElement>) => {
      if (handlePagingKey(e.key)) {
        e.preventDefault();
      }
    },
    [handlePagingKey],
  );

  // Report page 1 once, when the document is first shown — the "document opened"
  // signal, so callers have a denominator for later page turns. Skip while the
  // page list is empty (the component renders null then); fire when the first
  // non-empty list arrives, and only once.
  const reportedOpenRef = useRef(false);
  useEffect(() => {
    if (pageCount > 0 && !reportedOpenRef.current) {
      reportedOpenRef.current = true;
      onPageView?.(1);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pageCount]);

  useEffect(() => {
    const onChange = () => {
      const nowFullscreen = document.fullscreenElement === rootRef.current;
      setIsFullscreen(nowFullscreen);
      // On entering fullscreen, focus stays on the toggle button, so arrow keys
      // do nothing until the user clicks the page. Move focus to the page area so
      // arrow-key paging works immediately.
      if (nowFullscreen) {
        pageAreaRef.current?.focus();
        onFullscreen?.();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onFullscreen]);

  // While fullscreen, page on arrow keys no matter which control inside the
  // viewer holds focus (e.g. the toggle button right after entering).
  useEffect(() => {
    if (!isFullscreen) {
      return;
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (handlePagingKey(e.key)) {
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isFullscreen, handlePagingKey]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement === rootRef.current) {
      document.exitFullscreen?.();
    } else {
      rootRef.current?.requestFullscreen?.();
    }
  }, []);

  const printDocument = useCallback(() => {
    // Open the real PDF so the user prints/saves a PDF rather than the images.
    window.open(pdfUrl, '_blank', 'noopener,noreferrer');
    onPrint?.();
  }, [pdfUrl, onPrint]);

  const rootClass = ['paged-document-viewer', className].filter(Boolean).join(' ');

  // Guard against an empty page list: with no pages the pager would render "1/0"
  // and the page <img> would point at an undefined src. Render nothing instead.
  // Done after the hooks (not as an early return) to keep hook order stable.
  if (pageCount === 0) {
    return null;
  }

  return (
    <div ref={rootRef} className={rootClass}>
      <div className="paged-document-viewer-toolbar">
        <button
          type="button"
          className="paged-document-viewer-toolbar-btn"
          onClick={toggleFullscreen}
          aria-pressed={isFullscreen}
        >
          {isFullscreen ? (
            <>
              <FullscreenExitIcon className="paged-document-viewer-toolbar-icon" aria-hidden="true" />
              <FormattedMessage id="pagedDocumentViewer.exitFullScreen" defaultMessage="Exit full screen" />
            </>
          ) : (
            <>
              <FullscreenIcon className="paged-document-viewer-toolbar-icon" aria-hidden="true" />
              <FormattedMessage id="pagedDocumentViewer.fullScreen" defaultMessage="Full screen" />
            </>
          )}
        </button>

        <div className="paged-document-viewer-pager">
          <button
            type="button"
            className="paged-document-viewer-pager-btn"
            onClick={goPrev}
            disabled={isFirst}
            aria-label={intl.formatMessage({ id: 'pagedDocumentViewer.prevPage', defaultMessage: 'Previous page' })}
          >
            <ChevronLeftIcon aria-hidden="true" />
          </button>
          <span className="paged-document-viewer-pager-label" aria-live="polite">
            {pageIndex + 1}/{pageCount}
          </span>
          <button
            type="button"
            className="paged-document-viewer-pager-btn"
            onClick={goNext}
            disabled={isLast}
            aria-label={intl.formatMessage({ id: 'pagedDocumentViewer.nextPage', defaultMessage: 'Next page' })}
          >
            <ChevronRightIcon aria-hidden="true" />
          </button>
        </div>

        <button type="button" className="paged-document-viewer-toolbar-btn" onClick={printDocument}>
          <FormattedMessage id="pagedDocumentViewer.print" defaultMessage="Print" />
          <PrintIcon className="paged-document-viewer-toolbar-icon" aria-hidden="true" />
        </button>
      </div>

      <div
        ref={pageAreaRef}
        className="paged-document-viewer-page-area"
        tabIndex={0}
        role="group"
        aria-roledescription={intl.formatMessage({
          id: 'pagedDocumentViewer.pageAreaRoleDescription',
          defaultMessage: 'document viewer',
        })}
        aria-label={intl.formatMessage(
          {
            id: 'pagedDocumentViewer.pageAreaLabel',
            defaultMessage: '{title} — use the left and right arrow keys to change pages',
          },
          { title },
        )}
        onKeyDown={onPageAreaKeyDown}
      >
        <img
          className="paged-document-viewer-page"
          src={pageImages[pageIndex]}
          alt={intl.formatMessage(
            { id: 'pagedDocumentViewer.pageAlt', defaultMessage: '{title} — page {page} of {total}' },
            { title, page: pageIndex + 1, total: pageCount },
          )}
        />
      </div>
    </div>
  );
}
