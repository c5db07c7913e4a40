import { BatchQueue } from './BatchedEventsQueue';
import { ErrorBoundary } from './ErrorBoundary';
import { EventBatch } from './EventBatch';
import { EventRetryConstants } from './EventRetryConstants';
import { EventSender } from './EventSender';
import { FlushInterval } from './FlushInterval';
import { FlushType, FlushTypeValues } from './FlushTypes';
import { _DJB2 } from './Hashing';
import { Log } from './Log';
import { NetworkCore, RETRYABLE_CODES } from './NetworkCore';
import { PendingEvents } from './PendingEvents';
import { _isServerEnv } from './SafeJs';
import { StatsigSession } from './SessionID';
import { StatsigClientEmitEventFunc } from './StatsigClientBase';
import { StatsigEventInternal } from './StatsigEvent';
import {
  LogEventCompressionMode,
  LoggingEnabledOption,
  NetworkConfigCommon,
  StatsigOptionsCommon,
} from './StatsigOptionsCommon';
import {
  Storage,
  _getObjectFromStorage,
  _setObjectInStorage,
} from './StorageProvider';
import { UrlConfiguration } from './UrlConfiguration';

type PrepareFlushCallBack = () => void;

const RETRYABLE_NO_RESPONSE_FAILURE_PATHS = new Set([
  'network_request_timed_out_no_response',
  'network_request_exception_no_response',
  'event_sender_post_returned_null',
  'event_sender_post_returned_undefined',
  'event_sender_post_exception',
]);

export class FlushCoordinator {
  private _flushInterval: FlushInterval;
  private _batchQueue: BatchQueue;
  private _pendingEvents: PendingEvents;
  private _eventSender: EventSender;

  private _onPrepareFlush: PrepareFlushCallBack;

  private _errorBoundary: ErrorBoundary;

  private _cooldownTimer: ReturnType<typeof setTimeout> | null = null;
  private _maxIntervalTimer: ReturnType<typeof setTimeout> | null = null;
  private _hasRunQuickFlush = false;
  private _currentFlushPromise: Promise<void> | null = null;
  private _creationTime = Date.now();
  private _isShuttingDown = false;
  private _loggingEnabled: LoggingEnabledOption;

  private _sdkKey: string;
  private _storageKey: string | null = null;

  constructor(
    batchQueue: BatchQueue,
    pendingEvents: PendingEvents,
    onPrepareFlush: PrepareFlushCallBack,
    // For Event Sender
    sdkKey: string,
    network: NetworkCore,
    emitter: StatsigClientEmitEventFunc,
    logEventUrlConfig: UrlConfiguration,
    options: StatsigOptionsCommon<NetworkConfigCommon> | null,
    loggingEnabled: LoggingEnabledOption,
    errorBoundary: ErrorBoundary,
  ) {
    this._flushInterval = new FlushInterval();
    this._batchQueue = batchQueue;
    this._pendingEvents = pendingEvents;
    this._onPrepareFlush = onPrepareFlush;
    this._errorBoundary = errorBoundary;
    this._sdkKey = sdkKey;
    this._loggingEnabled = loggingEnabled;

    this._eventSender = new EventSender(
      sdkKey,
      network,
      emitter,
      logEventUrlConfig,
      options,
    );
  }

  setLoggingEnabled(loggingEnabled: LoggingEnabledOption): void {
    this._loggingEnabled = loggingEnabled;
  }

  setLogEventCompressionMode(mode: LogEventCompressionMode): void {
    this._eventSender.setLogEventCompressionMode(mode);
  }

  startScheduledFlushCycle(): void {
    this._scheduleNextFlush();
  }

  stopScheduledFlushCycle(): void {
    this._clearAllTimers();
  }

  addEvent(event: StatsigEventInternal): void {
    this._pendingEvents.addToPendingEventsQueue(event);
    if (this._currentFlushPromise) {
      return;
    }
    if (this._pendingEvents.hasEventsForFullBatch()) {
      this.processLimitFlush();
    }
  }

  async processManualFlush(): Promise<void> {
    if (this._currentFlushPromise) {
      await this._currentFlushPromise;
    }

    this._currentFlushPromise = this._executeFlush(
      FlushTypeValues.Manual,
    ).finally(() => {
      this._currentFlushPromise = null;
      this._scheduleNextFlush();
    });

    return this._currentFlushPromise;
  }

  async processShutdown(): Promise<void> {
    this._isShuttingDown = true;
    this._clearAllTimers();

    if (this._currentFlushPromise) {
      await this._currentFlushPromise;
    }

    this._currentFlushPromise = this._executeFlush(FlushTypeValues.Shutdown)
      .catch((error) => {
        Log.error(`Error during shutdown flush: ${error}`);
      })
      .finally(() => {
        this._currentFlushPromise = null;
      });

    return this._currentFlushPromise;
  }

  private async _executeFlush(flushType: FlushType) {
    this._clearAllTimers();

    try {
      this._prepareQueueForFlush(flushType);
      const batches = this._batchQueue.takeAllBatches();
      if (batches.length === 0) {
        return;
      }
      await Promise.all(
        batches.map((batch) => this._processOneBatch(batch, flushType)),
      );
    } finally {
      if (!this._isShuttingDown) {
        this._scheduleNextFlush();
      }
    }
  }

  checkQuickFlush(): void {
    if (this._hasRunQuickFlush) {
      return;
    }

    if (
      Date.now() - this._creationTime >
      EventRetryConstants.QUICK_FLUSH_WINDOW_MS
    ) {
      return;
    }

    this._hasRunQuickFlush = true;

    setTimeout(() => {
      this.processManualFlush().catch((error) => {
        Log.warn('Quick flush failed:', error);
      });
    }, EventRetryConstants.QUICK_FLUSH_WINDOW_MS);
  }

  private _attemptScheduledFlush(): void {
    if (this._currentFlushPromise) {
      this._scheduleNextFlush();
      return;
    }
    const shouldFlushBySize = this.containsAtLeastOneFullBatch();
    const shouldFlushByTime = this._flushInterval.hasReachedMaxInterval();

    if (!shouldFlushBySize && !shouldFlushByTime) {
      this._scheduleNoopPollTick();
      return;
    }

    this._flushInterval.markFlushAttempt();

    let flushType: FlushType;
    if (shouldFlushBySize) {
      flushType = FlushTypeValues.ScheduledFullBatch;
    } else {
      flushType = FlushTypeValues.ScheduledMaxTime;
    }

    this._currentFlushPromise = this._processNextBatch(flushType)
      .then(() => {
        //This discards boolean result. Main goal here is to track completion
      })
      .catch((error) => {
        Log.error('Error during scheduled flush:', error);
      })
      .finally(() => {
        this._currentFlushPromise = null;
        this._scheduleNextFlush();
      });
  }

  processLimitFlush(): void {
    if (!this._flushInterval.hasCompletelyRecoveredFromBackoff()) {
      return;
    }
    if (this._currentFlushPromise) {
      return;
    }

    this._currentFlushPromise = this._processLimitFlushInternal()
      .catch((error) => {
        Log.error(`Error during limit flush`, error);
      })
      .finally(() => {
        this._currentFlushPromise = null;
        this._scheduleNextFlush();
      });
  }

  private async _processLimitFlushInternal(): Promise<void> {
    const success = await this._processNextBatch(FlushTypeValues.Limit);
    if (!success) {
      return;
    }

    while (
      this._flushInterval.hasCompletelyRecoveredFromBackoff() &&
      this.containsAtLeastOneFullBatch()
    ) {
      const success = await this._processNextBatch(FlushTypeValues.Limit);
      if (!success) {
        break;
      }
    }
  }

  private _scheduleNextFlush(): void {
    this._clearAllTimers();
    if (this._isShuttingDown) {
      return;
    }

    const cooldownDelay = Math.max(
      0,
      this._flushInterval.getTimeUntilNextFlush(),
    );

    this._cooldownTimer = setTimeout(() => {
      this._cooldownTimer = null;
      StatsigSession.checkForIdleSession(this._sdkKey);
      this._attemptScheduledFlush();
    }, cooldownDelay);

    const maxIntervalDelay = Math.max(
      0,
      this._flushInterval.getTimeTillMaxInterval(),
    );

    this._maxIntervalTimer = setTimeout(() => {
      this._maxIntervalTimer = null;
      StatsigSession.checkForIdleSession(this._sdkKey);
      this._attemptScheduledFlush();
    }, maxIntervalDelay);
  }

  private _clearAllTimers(): void {
    if (this._cooldownTimer !== null) {
      clearTimeout(this._cooldownTimer);
      this._cooldownTimer = null;
    }
    if (this._maxIntervalTimer !== null) {
      clearTimeout(this._maxIntervalTimer);
      this._maxIntervalTimer = null;
    }
  }

  private _scheduleNoopPollTick(): void {
    this._clearAllTimers();
    if (this._isShuttingDown) {
      return;
    }

    this._cooldownTimer = setTimeout(() => {
      this._cooldownTimer = null;
      StatsigSession.checkForIdleSession(this._sdkKey);
      this._attemptScheduledFlush();
    }, EventRetryConstants.TICK_INTERVAL_MS);

    const maxIntervalDelay = Math.max(
      0,
      this._flushInterval.getTimeTillMaxInterval(),
    );

    this._maxIntervalTimer = setTimeout(() => {
      this._maxIntervalTimer = null;
      StatsigSession.checkForIdleSession(this._sdkKey);
      this._attemptScheduledFlush();
    }, maxIntervalDelay);
  }

  private async _processNextBatch(flushType: FlushType): Promise<boolean> {
    this._prepareQueueForFlush(flushType);

    const batch = this._batchQueue.takeNextBatch();
    if (!batch) {
      return false;
    }
    return this._processOneBatch(batch, flushType);
  }

  private async _processOneBatch(
    batch: EventBatch,
    flushType: FlushType,
  ): Promise<boolean> {
    if (
      this._loggingEnabled !== LoggingEnabledOption.always &&
      _isServerEnv()
    ) {
      this._flushInterval.adjustForSuccess();
      return true;
    }

    const result = await this._eventSender.sendBatch(batch);

    if (result.success) {
      this._flushInterval.adjustForSuccess();
      return true;
    }

    this._flushInterval.adjustForFailure();
    this._handleFailure(
      batch,
      flushType,
      result.statusCode,
      result.failurePath,
      result.failureErrorMessage,
      result.failureDiagnosticBucket,
      result.failureDiagnosticMetadata,
    );
    return false;
  }

  private _prepareQueueForFlush(flushType: FlushType): void {
    this._onPrepareFlush();

    const droppedCount = this.convertPendingEventsToBatches();
    if (droppedCount > 0) {
      Log.warn(`Dropped ${droppedCount} events`);
      this._errorBoundary.logDroppedEvents(
        droppedCount,
        `Batch queue limit reached during batching`,
        {
          loggingInterval: this._flushInterval.getCurrentIntervalMs(),
          batchSize: this._batchQueue.batchSize(),
          maxPendingBatches: EventRetryConstants.MAX_PENDING_BATCHES,
          flushType: flushType,
          retries: 'dropped before batching',
        },
      );
    }
  }

  containsAtLeastOneFullBatch(): boolean {
    return (
      this._pendingEvents.hasEventsForFullBatch() ||
      this._batchQueue.hasFullBatch()
    );
  }

  convertPendingEventsToBatches(): number {
    if (this._pendingEvents.isEmpty()) {
      return 0;
    }
    const allEvents = this._pendingEvents.takeAll();
    return this._batchQueue.createBatches(allEvents);
  }

  private _isRetryableBatch(statusCode: number, failurePath?: string): boolean {
    if (RETRYABLE_CODES.has(statusCode)) {
      return true;
    }
    if (
      statusCode === -1 &&
      failurePath &&
      RETRYABLE_NO_RESPONSE_FAILURE_PATHS.has(failurePath)
    ) {
      return true;
    }
    return false;
  }

  private _handleFailure(
    batch: EventBatch,
    flushType: FlushType,
    statusCode: number,
    failurePath?: string,
    failureErrorMessage?: string,
    failureDiagnosticBucket?: string,
    failureDiagnosticMetadata?: Record<string, string>,
  ): void {
    if (flushType === FlushTypeValues.Shutdown) {
      Log.warn(
        `${flushType} flush failed during shutdown. ` +
          `${batch.events.length} event(s) will be saved to storage for retry in next session.`,
      );
      this._saveShutdownFailedEventsToStorage(batch.events);
      return;
    }

    if (!this._isRetryableBatch(statusCode, failurePath)) {
      const reason = `non-retryable error`;
      Log.warn(
        `${flushType} flush failed after ${batch.attempts} attempt(s). ` +
          `${batch.events.length} event(s) will be dropped. Non-retryable error: ${statusCode}`,
      );
      this._errorBoundary.logEventRequestFailure(
        batch.events.length,
        reason,
        flushType,
        statusCode,
        batch.attempts,
        failurePath,
        failureErrorMessage,
        failureDiagnosticBucket,
        failureDiagnosticMetadata,
      );
      return;
    }

    if (batch.attempts >= EventRetryConstants.MAX_RETRY_ATTEMPTS) {
      const reason = `max retry attempts exceeded`;
      Log.warn(
        `${flushType} flush failed after ${batch.attempts} attempt(s). ` +
          `${batch.events.length} event(s) will be dropped.`,
      );
      this._errorBoundary.logEventRequestFailure(
        batch.events.length,
        reason,
        flushType,
        statusCode,
        batch.attempts,
        failurePath,
        failureErrorMessage,
        failureDiagnosticBucket,
        failureDiagnosticMetadata,
      );
      return;
    }

    batch.incrementAttempts();
    const droppedCount = this._batchQueue.requeueBatch(batch);

    if (droppedCount > 0) {
      Log.warn(
        `Failed to requeue batch : dropped ${droppedCount} events due to full queue`,
      );
      this._errorBoundary.logDroppedEvents(
        droppedCount,
        `Batch queue limit reached during requeue`,
        {
          loggingInterval: this._flushInterval.getCurrentIntervalMs(),
          batchSize: this._batchQueue.batchSize(),
          maxPendingBatches: EventRetryConstants.MAX_PENDING_BATCHES,
          flushType: flushType,
          retries: batch.attempts,
        },
      );
    }
  }

  async loadAndRetryShutdownFailedEvents(): Promise<void> {
    const storageKey = this._getStorageKey();

    try {
      if (!Storage.isReady()) {
        await Storage.isReadyResolver();
      }

      const events = this._getShutdownFailedEventsFromStorage(storageKey);
      if (events.length === 0) {
        return;
      }

      Log.debug(
        `Loading ${events.length} failed shutdown event(s) from storage for retry`,
      );

      Storage.removeItem(storageKey);

      events.forEach((event) => {
        this.addEvent(event);
      });

      await this.processManualFlush();
    } catch (error) {
      Log.warn('Failed to load and retry failed shutdown events:', error);
    }
  }

  private _getStorageKey(): string {
    if (!this._storageKey) {
      this._storageKey = `statsig.failed_shutdown_events.${_DJB2(this._sdkKey)}`;
    }
    return this._storageKey;
  }

  private _saveShutdownFailedEventsToStorage(
    events: StatsigEventInternal[],
  ): void {
    const storageKey = this._getStorageKey();

    try {
      const existingEvents =
        this._getShutdownFailedEventsFromStorage(storageKey);
      let allEvents = [...existingEvents, ...events];

      if (allEvents.length > EventRetryConstants.MAX_LOCAL_STORAGE) {
        allEvents = allEvents.slice(-EventRetryConstants.MAX_LOCAL_STORAGE);
      }

      _setObjectInStorage(storageKey, allEvents);
      Log.debug(
        `Saved ${events.length} failed shutdown event(s) to storage (total stored: ${allEvents.length})`,
      );
    } catch (error) {
      Log.warn('Unable to save failed shutdown events to storage:', error);
    }
  }

  private _getShutdownFailedEventsFromStorage(
    storageKey: string,
  ): StatsigEventInternal[] {
    try {
      const events = _getObjectFromStorage<StatsigEventInternal[]>(storageKey);
      if (Array.isArray(events)) {
        return events;
      }
      return [];
    } catch {
      return [];
    }
  }
}
