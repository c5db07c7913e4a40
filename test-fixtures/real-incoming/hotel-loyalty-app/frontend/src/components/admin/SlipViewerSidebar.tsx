import React, { useState, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FiCheck,
  FiAlertTriangle,
  FiEdit,
  FiClock,
  FiImage,
  FiUpload,
  FiX,
  FiMaximize2,
  FiList,
  FiChevronLeft,
  FiChevronRight
} from 'react-icons/fi';
import { formatDateTimeToEuropean } from '../../utils/dateFormatter';
import { useMutation } from '@tanstack/react-query';
import { toast } from 'react-hot-toast';
import { Badge, Button, type BadgeTone } from '../ui';

// Types matching BookingManagement
interface BookingUser {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  membershipId: string | null;
  phone: string | null;
}

interface RoomType {
  id: string;
  name: string;
}

// Multi-slip support - individual slip from booking_slips table
interface BookingSlip {
  id: string;
  slipUrl: string;
  uploadedAt: string;
  uploadedBy?: string;
  slipokStatus: 'pending' | 'verified' | 'failed' | 'quota_exceeded';
  slipokVerifiedAt: string | null;
  adminStatus: 'pending' | 'verified' | 'needs_action';
  adminVerifiedAt: string | null;
  adminVerifiedBy: string | null;
  adminNotes?: string | null;
  isPrimary?: boolean;
}

// Legacy single slip interface (for backward compatibility)
interface LegacySlip {
  id: string;
  imageUrl: string;
  uploadedAt: string;
  slipokStatus: 'pending' | 'verified' | 'failed' | 'quota_exceeded';
  slipokVerifiedAt: string | null;
  adminStatus: 'pending' | 'verified' | 'needs_action';
  adminVerifiedAt: string | null;
  adminVerifiedBy: string | null;
  adminVerifiedByName: string | null;
}

interface BookingAuditEntry {
  id: string;
  action: string;
  adminId: string;
  adminName: string;
  oldValue: string | null;
  newValue: string | null;
  notes: string | null;
  createdAt: string;
}

interface Booking {
  id: string;
  userId: string;
  user: BookingUser;
  roomTypeId: string;
  roomType: RoomType;
  checkInDate: string;
  checkOutDate: string;
  numberOfGuests: number;
  totalPrice: number;
  paymentType: 'full' | 'deposit';
  paymentAmount: number | null;
  discountAmount: number | null;
  discountReason: string | null;
  status: 'confirmed' | 'cancelled' | 'completed';
  notes: string | null;
  adminNotes: string | null;
  // Multi-slip support
  slips?: BookingSlip[];
  // Legacy single slip (deprecated)
  slip: LegacySlip | null;
  auditHistory: BookingAuditEntry[];
  createdAt: string;
  updatedAt: string;
}

interface SlipViewerSidebarProps {
  booking: Booking | null;
  onVerify: (bookingId: string) => Promise<void>;
  onNeedsAction: (bookingId: string, notes: string) => Promise<void>;
  onEdit: (booking: Booking) => void;
  onRefresh: () => void;
}

const ICON_BUTTON_CLASSES =
  'flex h-11 w-11 items-center justify-center rounded-full bg-ink/50 text-white transition hover:bg-ink/70 disabled:opacity-30 disabled:cursor-not-allowed';

const SlipViewerSidebar: React.FC<SlipViewerSidebarProps> = ({
  booking,
  onVerify,
  onNeedsAction,
  onEdit,
  onRefresh
}) => {
  const { t } = useTranslation();
  const [isFullscreen, setIsFullscreen] = useState(false);
  const [fullscreenSlipUrl, setFullscreenSlipUrl] = useState<string | null>(null);
  const [showNotesModal, setShowNotesModal] = useState(false);
  const [notesInput, setNotesInput] = useState('');
  const [activeSlipId, setActiveSlipId] = useState<string | null>(null);
  const [showAuditModal, setShowAuditModal] = useState(false);
  const [isUploading, setIsUploading] = useState(false);
  const [currentSlipIndex, setCurrentSlipIndex] = useState(0);
  const fileInputRef = useRef<HTMLInputElement>(null);

  // Backend endpoint missing. Tracked in docs/admin-backend-gaps.md.
  // TODO: Replace with REST service when Rust admin booking endpoints are implemented
  // Multi-slip verification mutations
  const verifySlipByIdMutation = useMutation({
    mutationFn: async (_data: { slipId: string }) => {
      // Backend endpoint missing. Tracked in docs/admin-backend-gaps.md.
      // TODO: Replace with REST service when Rust admin booking endpoints are implemented
      throw new Error('Admin booking management is being migrated');
    },
    onSuccess: () => {
      toast.success(t('admin.booking.bookingManagement.messages.slipVerified'));
      onRefresh();
    },
    onError: () => {
      toast.error(t('admin.booking.bookingManagement.errors.verifyFailed'));
    }
  });

  const markSlipNeedsActionMutation = useMutation({
    mutationFn: async (_data: { slipId: string; notes: string }) => {
      // Backend endpoint missing. Tracked in docs/admin-backend-gaps.md.
      // TODO: Replace with REST service when Rust admin booking endpoints are implemented
      throw new Error('Admin booking management is being migrated');
    },
    onSuccess: () => {
      toast.success(t('admin.booking.bookingManagement.messages.needsActionMarked'));
      onRefresh();
    },
    onError: () => {
      toast.error(t('admin.booking.bookingManagement.errors.needsActionFailed'));
    }
  });

  // Get slips array - prefer multi-slip, fallback to legacy single slip
  const getSlips = (): BookingSlip[] => {
    if (!booking) {return [];}

    // Check for multi-slip array first
    if (booking.slips && booking.slips.length > 0) {
      return booking.slips;
    }

    // Fallback to legacy single slip
    if (booking.slip) {
      return [{
        id: booking.slip.id,
        slipUrl: booking.slip.imageUrl,
        uploadedAt: booking.slip.uploadedAt,
        slipokStatus: booking.slip.slipokStatus,
        slipokVerifiedAt: booking.slip.slipokVerifiedAt,
        adminStatus: booking.slip.adminStatus,
        adminVerifiedAt: booking.slip.adminVerifiedAt,
        adminVerifiedBy: booking.slip.adminVerifiedBy,
        isPrimary: true
      }];
    }

    return [];
  };

  const slips = getSlips();
  const hasMultipleSlips = slips.length > 1;
  const currentSlip = slips[currentSlipIndex];

  // Legacy verify handler (for backward compatibility)
  const handleLegacyVerifyClick = async () => {
    if (!booking) {return;}
    await onVerify(booking.id);
  };

  // Multi-slip verify handler
  const handleVerifySlip = async (slipId: string) => {
    await verifySlipByIdMutation.mutateAsync({ slipId });
  };

  const handleNeedsActionClick = (slipId?: string) => {
    setActiveSlipId(slipId ?? null);
    setShowNotesModal(true);
  };

  const handleNotesSubmit = async () => {
    if (!booking || !notesInput.trim()) {return;}

    if (activeSlipId) {
      // Multi-slip: mark specific slip
      await markSlipNeedsActionMutation.mutateAsync({
        slipId: activeSlipId,
        notes: notesInput.trim()
      });
    } else {
      // Legacy: mark booking
      await onNeedsAction(booking.id, notesInput.trim());
    }

    setShowNotesModal(false);
    setNotesInput('');
    setActiveSlipId(null);
  };

  const handleReplaceSlip = async (event: React.ChangeEvent<HTMLInputElement>) => {
    if (!booking || !event.target.files || event.target.files.length === 0) {return;}

    const file = event.target.files[0];
    if (!file) {return;}

    // Validate file type
    if (!file.type.startsWith('image/')) {
      toast.error(t('admin.booking.bookingManagement.errors.invalidFileType'));
      return;
    }

    // Validate file size (max 5MB)
    if (file.size > 5 * 1024 * 1024) {
      toast.error(t('admin.booking.bookingManagement.errors.fileTooLarge'));
      return;
    }

    setIsUploading(true);
    try {
      toast.error('File upload integration requires additional backend setup');
      setIsUploading(false);
    } catch {
      setIsUploading(false);
    }
  };

  const openFullscreen = (slipUrl: string) => {
    setFullscreenSlipUrl(slipUrl);
    setIsFullscreen(true);
  };

  const SlipStatusBadge: React.FC<{ status: string; verifiedAt: string | null }> = ({
    status,
    verifiedAt
  }) => {
    const badges: Record<string, { tone: BadgeTone; text: string }> = {
      verified: { tone: 'success', text: t('admin.booking.bookingManagement.slipStatus.verified') },
      failed: { tone: 'error', text: t('admin.booking.bookingManagement.slipStatus.failed') },
      pending: { tone: 'warning', text: t('admin.booking.bookingManagement.slipStatus.pending') },
      quota_exceeded: { tone: 'warning', text: t('admin.booking.bookingManagement.slipStatus.quotaExceeded') }
    };

    const badge = badges[status] ?? badges.pending;

    return (
      <div className="flex flex-col gap-1">
        <Badge tone={badge?.tone ?? 'warning'}>{badge?.text ?? ''}</Badge>
        {verifiedAt && (
          <span className="text-fine text-ink-muted">
            {formatDateTimeToEuropean(verifiedAt)}
          </span>
        )}
      </div>
    );
  };

  const AdminStatusBadge: React.FC<{
    status: string;
    verifiedAt: string | null;
    verifiedByName?: string | null;
  }> = ({ status, verifiedAt, verifiedByName }) => {
    const badges: Record<string, { tone: BadgeTone; text: string }> = {
      verified: { tone: 'success', text: t('admin.booking.bookingManagement.adminStatus.verified') },
      needs_action: { tone: 'error', text: t('admin.booking.bookingManagement.adminStatus.needsAction') },
      pending: { tone: 'warning', text: t('admin.booking.bookingManagement.adminStatus.pending') }
    };

    const badge = badges[status] ?? badges.pending;

    return (
      <div className="flex flex-col gap-1">
        <Badge tone={badge?.tone ?? 'warning'}>{badge?.text ?? ''}</Badge>
        {verifiedAt && (
          <span className="text-fine text-ink-muted">
            {formatDateTimeToEuropean(verifiedAt)}
          </span>
        )}
        {verifiedByName && (
          <span className="text-fine text-ink-muted">
            {t('admin.booking.bookingManagement.by')}: {verifiedByName}
          </span>
        )}
      </div>
    );
  };

  const formatAuditAction = (action: string): string => {
    const actionMap: Record<string, string> = {
      admin_verified: t('admin.booking.bookingManagement.auditActions.adminVerified'),
      needs_action_marked: t('admin.booking.bookingManagement.auditActions.needsActionMarked'),
      slip_replaced: t('admin.booking.bookingManagement.auditActions.slipReplaced'),
      slip_verified: t('admin.booking.bookingManagement.auditActions.slipVerified'),
      slip_needs_action: t('admin.booking.bookingManagement.auditActions.slipNeedsAction'),
      booking_created: t('admin.booking.bookingManagement.auditActions.bookingCreated'),
      booking_updated: t('admin.booking.bookingManagement.auditActions.bookingUpdated'),
      discount_applied: t('admin.booking.bookingManagement.auditActions.discountApplied'),
      payment_updated: t('admin.booking.bookingManagement.auditActions.paymentUpdated')
    };
    return actionMap[action] ?? action;
  };

  // No booking selected state
  if (!booking) {
    return (
      <div className="h-full rounded-card border border-hairline bg-surface-card">
        <div className="border-b border-hairline p-4">
          <h3 className="text-body font-semibold text-ink">
            {t('admin.booking.bookingManagement.slipViewer.title')}
          </h3>
        </div>
        <div className="flex h-64 flex-col items-center justify-center p-6 text-ink-muted">
          <FiImage className="mb-4 h-12 w-12 opacity-50" aria-hidden="true" />
          <p className="text-center text-caption">{t('admin.booking.bookingManagement.slipViewer.selectBooking')}</p>
        </div>
      </div>
    );
  }

  const recentAudit = booking.auditHistory?.slice(0, 3) ?? [];

  return (
    <div className="flex h-full flex-col rounded-card border border-hairline bg-surface-card">
      {/* Header */}
      <div className="border-b border-hairline p-4">
        <h3 className="text-body font-semibold text-ink">
          {t('admin.booking.bookingManagement.slipViewer.title')}
        </h3>
        {slips.length > 0 && slips[0] && (
          <p className="mt-1 text-caption text-ink-muted">
            {slips.length > 1
              ? t('admin.booking.bookingManagement.slipViewer.slipCount', { count: slips.length })
              : t('admin.booking.bookingManagement.slipViewer.uploaded') + ': ' + formatDateTimeToEuropean(slips[0].uploadedAt)
            }
          </p>
        )}
      </div>

      {/* Status Section - Show current slip status */}
      {currentSlip && (
        <div className="grid grid-cols-2 gap-4 border-b border-hairline p-4">
          <div>
            <p className="mb-1 text-fine text-ink-muted">
              {t('admin.booking.bookingManagement.slipViewer.slipokStatus')}
            </p>
            <SlipStatusBadge status={currentSlip.slipokStatus} verifiedAt={currentSlip.slipokVerifiedAt} />
          </div>
          <div>
            <p className="mb-1 text-fine text-ink-muted">
              {t('admin.booking.bookingManagement.slipViewer.adminStatus')}
            </p>
            <AdminStatusBadge
              status={currentSlip.adminStatus}
              verifiedAt={currentSlip.adminVerifiedAt}
              verifiedByName={null}
            />
          </div>
        </div>
      )}

      {/* Image Section - Gallery View for Multiple Slips */}
      <div className="flex min-h-0 flex-1 flex-col border-b border-hairline p-4">
        {slips.length > 0 ? (
          <>
          <div className="relative min-h-[300px] flex-1 rounded-lg border border-hairline bg-surface-card p-2">
            {/* Main Image */}
            <img
              src={currentSlip?.slipUrl}
              alt={t('admin.booking.bookingManagement.slipViewer.slipImage')}
              className="h-full w-full cursor-pointer object-contain rounded-lg"
              onClick={() => currentSlip && openFullscreen(currentSlip.slipUrl)}
            />

            {/* Fullscreen Button */}
            <button
              onClick={() => currentSlip && openFullscreen(currentSlip.slipUrl)}
              className={`absolute right-2 top-2 ${ICON_BUTTON_CLASSES}`}
              title={t('admin.booking.bookingManagement.slipViewer.fullscreen')}
            >
              <FiMaximize2 className="h-4 w-4" aria-hidden="true" />
            </button>

            {/* Multi-slip Navigation */}
            {hasMultipleSlips && (
              <>
                {/* Slip Counter */}
                <div className="absolute left-2 top-2 rounded bg-ink/50 px-2 py-1 text-caption text-white">
                  {currentSlipIndex + 1} / {slips.length}
                </div>

                {/* Previous/Next Buttons */}
                <button
                  onClick={() => setCurrentSlipIndex(prev => Math.max(0, prev - 1))}
                  disabled={currentSlipIndex === 0}
                  className={`absolute left-2 top-1/2 -translate-y-1/2 ${ICON_BUTTON_CLASSES}`}
                >
                  <FiChevronLeft className="h-5 w-5" aria-hidden="true" />
                </button>
                <button
                  onClick={() => setCurrentSlipIndex(prev => Math.min(slips.length - 1, prev + 1))}
                  disabled={currentSlipIndex === slips.length - 1}
                  className={`absolute right-2 top-1/2 -translate-y-1/2 ${ICON_BUTTON_CLASSES}`}
                >
                  <FiChevronRight className="h-5 w-5" aria-hidden="true" />
                </button>

                {/* Thumbnail Strip */}
                <div className="absolute bottom-2 left-1/2 flex -translate-x-1/2 gap-1 rounded bg-ink/40 p-1 backdrop-blur-sm">
                  {slips.map((slip, index) => (
                    <button
                      key={slip.id}
                      onClick={() => setCurrentSlipIndex(index)}
                      className={`h-11 w-11 overflow-hidden rounded border-2 transition-all ${
                        index === currentSlipIndex ? 'border-white' : 'border-transparent opacity-70 hover:opacity-100'
                      }`}
                    >
                      <img
                        src={slip.slipUrl}
                        alt={`Slip ${index + 1}`}
                        className="h-full w-full object-cover"
                      />
                    </button>
                  ))}
                </div>
              </>
            )}
          </div>

          {/* Pagination Dots - Always visible below image */}
          {hasMultipleSlips && (
            <div className="mt-3 flex items-center justify-center gap-2">
              <button
                onClick={() => setCurrentSlipIndex(prev => Math.max(0, prev - 1))}
                disabled={currentSlipIndex === 0}
                className="flex h-11 w-11 items-center justify-center text-ink-faint transition hover:text-ink-muted disabled:cursor-not-allowed disabled:opacity-30"
              >
                <FiChevronLeft className="h-5 w-5" aria-hidden="true" />
              </button>

              <div className="flex items-center gap-1.5">
                {slips.map((_, index) => (
                  <button
                    key={index}
                    onClick={() => setCurrentSlipIndex(index)}
                    className={`rounded-full transition-all duration-200 ${
                      currentSlipIndex === index
                        ? 'h-2 w-6 bg-brand-600'
                        : 'h-2 w-2 bg-hairline-strong hover:bg-ink-faint'
                    }`}
                    aria-label={`Go to slip ${index + 1}`}
                  />
                ))}
              </div>

              <button
                onClick={() => setCurrentSlipIndex(prev => Math.min(slips.length - 1, prev + 1))}
                disabled={currentSlipIndex === slips.length - 1}
                className="flex h-11 w-11 items-center justify-center text-ink-faint transition hover:text-ink-muted disabled:cursor-not-allowed disabled:opacity-30"
              >
                <FiChevronRight className="h-5 w-5" aria-hidden="true" />
              </button>

              <span className="ml-2 text-caption text-ink-muted">
                {currentSlipIndex + 1} / {slips.length}
              </span>
            </div>
          )}
          </>
        ) : (
          <div className="flex h-48 flex-col items-center justify-center rounded-lg bg-surface-sunken text-ink-faint">
            <FiImage className="mb-2 h-12 w-12" aria-hidden="true" />
            <p className="text-caption">{t('admin.booking.bookingManagement.slipViewer.noSlip')}</p>
          </div>
        )}
      </div>

      {/* Action Buttons */}
      <div className="space-y-2 border-b border-hairline p-4">
        {currentSlip ? (
          <>
            {/* Multi-slip actions - operate on current slip */}
            <Button
              type="button"
              variant="primary"
              className="w-full bg-success-600 hover:bg-success-700"
              onClick={() => handleVerifySlip(currentSlip.id)}
              loading={verifySlipByIdMutation.isPending}
            >
              {!verifySlipByIdMutation.isPending && <FiCheck className="h-4 w-4" aria-hidden="true" />}
              {hasMultipleSlips
                ? t('admin.booking.bookingManagement.actions.verifySlip', { number: currentSlipIndex + 1 })
                : t('admin.booking.bookingManagement.actions.verify')
              }
            </Button>
            <Button
              type="button"
              variant="primary"
              className="w-full bg-warning-600 hover:bg-warning-700"
              onClick={() => handleNeedsActionClick(currentSlip.id)}
              loading={markSlipNeedsActionMutation.isPending}
            >
              {!markSlipNeedsActionMutation.isPending && <FiAlertTriangle className="h-4 w-4" aria-hidden="true" />}
              {t('admin.booking.bookingManagement.actions.needsAction')}
            </Button>
          </>
        ) : (
          <>
            {/* Legacy single slip actions */}
            <Button
              type="button"
              variant="primary"
              className="w-full bg-success-600 hover:bg-success-700"
              onClick={handleLegacyVerifyClick}
              disabled={true}
            >
              <FiCheck className="h-4 w-4" aria-hidden="true" />
              {t('admin.booking.bookingManagement.actions.verify')}
            </Button>
            <Button
              type="button"
              variant="primary"
              className="w-full bg-warning-600 hover:bg-warning-700"
              onClick={() => handleNeedsActionClick()}
              disabled={true}
            >
              <FiAlertTriangle className="h-4 w-4" aria-hidden="true" />
              {t('admin.booking.bookingManagement.actions.needsAction')}
            </Button>
          </>
        )}
        <Button
          type="button"
          variant="secondary"
          className="w-full"
          onClick={() => fileInputRef.current?.click()}
          loading={isUploading}
        >
          {!isUploading && <FiUpload className="h-4 w-4" aria-hidden="true" />}
          {t('admin.booking.bookingManagement.actions.replaceSlip')}
        </Button>
        <input
          ref={fileInputRef}
          type="file"
          accept="image/*"
          onChange={handleReplaceSlip}
          className="hidden"
        />
        <Button type="button" variant="ghost" className="w-full" onClick={() => onEdit(booking)}>
          <FiEdit className="h-4 w-4" aria-hidden="true" />
          {t('admin.booking.bookingManagement.actions.edit')}
        </Button>
      </div>

      {/* Audit Summary */}
      <div className="p-4">
        <div className="mb-2 flex items-center justify-between">
          <h4 className="text-caption font-semibold text-ink">
            {t('admin.booking.bookingManagement.slipViewer.auditSummary')}
          </h4>
          {booking.auditHistory && booking.auditHistory.length > 0 && (
            <button
              onClick={() => setShowAuditModal(true)}
              className="text-fine text-brand-600 hover:text-brand-800"
            >
              {t('admin.booking.bookingManagement.slipViewer.viewFullHistory')}
            </button>
          )}
        </div>
        {recentAudit.length > 0 ? (
          <div className="space-y-2">
            {recentAudit.map((entry) => (
              <div key={entry.id} className="border-l-2 border-hairline pl-2 text-fine">
                <p className="font-semibold text-ink">{formatAuditAction(entry.action)}</p>
                <p className="text-ink-muted">
                  {entry.adminName} - {formatDateTimeToEuropean(entry.createdAt)}
                </p>
              </div>
            ))}
          </div>
        ) : (
          <p className="text-fine text-ink-muted">
            {t('admin.booking.bookingManagement.slipViewer.noAuditHistory')}
          </p>
        )}
      </div>

      {/* Fullscreen Modal */}
      {isFullscreen && fullscreenSlipUrl && (
        <div
          className="fixed inset-0 z-50 flex items-center justify-center bg-ink"
          onClick={() => {
            setIsFullscreen(false);
            setFullscreenSlipUrl(null);
          }}
        >
          <button
            onClick={() => {
              setIsFullscreen(false);
              setFullscreenSlipUrl(null);
            }}
            className="absolute right-4 top-4 flex h-11 w-11 items-center justify-center rounded-full bg-white/20 text-white hover:bg-white/30"
          >
            <FiX className="h-6 w-6" aria-hidden="true" />
          </button>
          <img
            src={fullscreenSlipUrl}
            alt={t('admin.booking.bookingManagement.slipViewer.slipImage')}
            className="max-h-full max-w-full object-contain p-4"
            onClick={(e) => e.stopPropagation()}
          />
        </div>
      )}

      {/* Notes Modal */}
      {showNotesModal && (
        <div className="fixed inset-0 z-50 flex items-center justify-center bg-ink/40 p-4 backdrop-blur-sm">
          <div className="w-full max-w-md rounded-card border border-hairline bg-surface-card p-6">
            <h3 className="mb-4 text-body font-semibold text-ink">
              {t('admin.booking.bookingManagement.modals.needsAction.title')}
            </h3>
            <textarea
              value={notesInput}
              onChange={(e) => setNotesInput(e.target.value)}
              placeholder={t('admin.booking.bookingManagement.modals.needsAction.placeholder')}
              className="h-32 w-full resize-none rounded-lg border border-hairline-strong bg-surface-card p-3 text-body text-ink focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600"
            />
            <div className="mt-4 flex justify-end gap-3">
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setShowNotesModal(false);
                  setNotesInput('');
                  setActiveSlipId(null);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button
                type="button"
                className="bg-warning-600 hover:bg-warning-700"
                onClick={handleNotesSubmit}
                disabled={!notesInput.trim()}
                loading={markSlipNeedsActionMutation.isPending}
              >
                {t('admin.booking.bookingManagement.modals.needsAction.submit')}
              </Button>
            </div>
          </div>
        </div>
      )}

      {/* Audit History Modal */}
      {showAuditModal && (
        <div className="fixed inset-0 z-50 flex items-center justify-center bg-ink/40 p-4 backdrop-blur-sm">
          <div className="max-h-[80vh] w-full max-w-lg overflow-hidden rounded-card border border-hairline bg-surface-card">
            <div className="flex items-center justify-between border-b border-hairline p-4">
              <h3 className="flex items-center gap-2 text-body font-semibold text-ink">
                <FiList className="h-5 w-5" aria-hidden="true" />
                {t('admin.booking.bookingManagement.modals.auditHistory.title')}
              </h3>
              <button
                onClick={() => setShowAuditModal(false)}
                className="flex h-11 w-11 items-center justify-center text-ink-faint hover:text-ink-muted"
              >
                <FiX className="h-5 w-5" aria-hidden="true" />
              </button>
            </div>
            <div className="max-h-[60vh] overflow-y-auto p-4">
              {booking.auditHistory && booking.auditHistory.length > 0 ? (
                <div className="space-y-4">
                  {booking.auditHistory.map((entry) => (
                    <div
                      key={entry.id}
                      className="border-l-4 border-brand-500 py-2 pl-4"
                    >
                      <div className="flex items-start justify-between">
                        <div>
                          <p className="font-semibold text-ink">
                            {formatAuditAction(entry.action)}
                          </p>
                          <p className="text-caption text-ink-muted">
                            {entry.adminName}
                          </p>
                        </div>
                        <span className="flex items-center gap-1 text-fine text-ink-muted">
                          <FiClock className="h-3 w-3" aria-hidden="true" />
                          {formatDateTimeToEuropean(entry.createdAt)}
                        </span>
                      </div>
                      {(entry.oldValue ?? entry.newValue) && (
                        <div className="mt-2 text-caption">
                          {entry.oldValue && (
                            <p className="text-error-600">
                              <span className="font-semibold">
                                {t('admin.booking.bookingManagement.modals.auditHistory.oldValue')}:
                              </span>{' '}
                              {entry.oldValue}
                            </p>
                          )}
                          {entry.newValue && (
                            <p className="text-success-600">
                              <span className="font-semibold">
                                {t('admin.booking.bookingManagement.modals.auditHistory.newValue')}:
                              </span>{' '}
                              {entry.newValue}
                            </p>
                          )}
                        </div>
                      )}
                      {entry.notes && (
                        <p className="mt-1 text-caption italic text-ink-muted">
                          &quot;{entry.notes}&quot;
                        </p>
                      )}
                    </div>
                  ))}
                </div>
              ) : (
                <p className="py-8 text-center text-ink-muted">
                  {t('admin.booking.bookingManagement.slipViewer.noAuditHistory')}
                </p>
              )}
            </div>
          </div>
        </div>
      )}
    </div>
  );
};

export default SlipViewerSidebar;
