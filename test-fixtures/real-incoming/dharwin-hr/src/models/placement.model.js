import mongoose from 'mongoose';
import toJSON from './plugins/toJSON.plugin.js';
import paginate from './plugins/paginate.plugin.js';
import { PLACEMENT_STATUSES, PRE_BOARDING_STATUSES, OFFER_STATUSES } from '../constants/atsPipeline.js';

/**
 * Placement - created when an offer is Accepted. Tracks the placed candidate.
 */
const placementSchema = new mongoose.Schema(
  {
    offer: {
      type: mongoose.Schema.Types.ObjectId,
      ref: 'Offer',
      required: true,
      unique: true,
      index: true,
    },
    candidate: {
      type: mongoose.Schema.Types.ObjectId,
      ref: 'Employee',
      required: true,
      index: true,
    },
    job: {
      type: mongoose.Schema.Types.ObjectId,
      ref: 'Job',
      required: true,
      index: true,
    },
    joiningDate: {
      type: Date,
      required: true,
      index: true,
    },
    employeeId: { type: String, trim: true, index: true },
    status: {
      type: String,
      // Lifecycle: Pending (offer accepted, pre-boarding running) → Onboarding
      // (pre-boarding done, awaiting joining-day) → Joined. Deferred/Cancelled are off-ramps.
      enum: PLACEMENT_STATUSES,
      default: 'Pending',
      index: true,
    },
    /**
     * Denormalized mirror of the linked Offer.status (1:1, unique offer link). Synced at the 3
     * offer.service write branches (accept create / re-accept resurrect / reject cascade). Lets the
     * Pre-Boarding / Onboarding queues filter on offerStatus='Accepted' without joining Offer per
     * request. If the offer-status write surface ever grows past those branches, drop this and join.
     */
    offerStatus: {
      type: String,
      enum: OFFER_STATUSES,
      index: true,
    },
    /**
     * Stamp of when this placement FIRST entered Onboarding (set once, never cleared). It is the
     * stage discriminator: a Deferred/Cancelled placement belongs to the Onboarding queue iff this
     * is set, otherwise to Pre-Boarding. Removes the need for a separate stage/cancelledFromStage field.
     */
    enteredOnboardingAt: { type: Date, default: null, index: true },
    preBoardingStatus: {
      type: String,
      enum: PRE_BOARDING_STATUSES,
      default: 'Pending',
      index: true,
    },
    backgroundVerification: {
      status: { type: String, enum: ['Pending', 'In Progress', 'Completed', 'Verified'], default: 'Pending' },
      requestedAt: { type: Date },
      completedAt: { type: Date },
      verifiedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
      agency: { type: String, trim: true },
      notes: { type: String, trim: true },
    },
    assetAllocation: [
      {
        name: { type: String, required: true, trim: true },
        type: { type: String, trim: true },
        serialNumber: { type: String, trim: true },
        allocatedAt: { type: Date, default: Date.now },
        notes: { type: String, trim: true },
      },
    ],
    itAccess: [
      {
        system: { type: String, required: true, trim: true },
        accessLevel: { type: String, trim: true },
        provisionedAt: { type: Date, default: Date.now },
        notes: { type: String, trim: true },
      },
    ],
    notes: { type: String, trim: true },
    createdBy: {
      type: mongoose.Schema.Types.ObjectId,
      ref: 'User',
      required: true,
      index: true,
    },
    /** When status becomes Joined (operational) */
    joinedAt: { type: Date, default: null, index: true },
    /** User who last set placement status to Deferred */
    deferredBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null, index: true },
    deferredAt: { type: Date, default: null },
    /** User who set placement status to Cancelled (terminal) */
    cancelledBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null, index: true },
    cancelledAt: { type: Date, default: null },
    /** Skip candidate emails for T-1 and Joined handoff when true */
    suppressCandidateNotifications: { type: Boolean, default: false },
    /** Checklist items; preBoardingStatus is synced from these when array non-empty */
    preBoardingTasks: {
      type: [
        {
          _id: { type: mongoose.Schema.Types.ObjectId, default: () => new mongoose.Types.ObjectId() },
          title: { type: String, trim: true, required: true },
          required: { type: Boolean, default: true },
          done: { type: Boolean, default: false },
          doneAt: { type: Date, default: null },
          order: { type: Number, default: 0 },
        },
      ],
      default: [],
    },
    onboardingTasks: {
      type: [
        {
          _id: { type: mongoose.Schema.Types.ObjectId, default: () => new mongoose.Types.ObjectId() },
          title: { type: String, trim: true, required: true },
          required: { type: Boolean, default: true },
          done: { type: Boolean, default: false },
          doneAt: { type: Date, default: null },
          order: { type: Number, default: 0 },
        },
      ],
      default: [],
    },
    /** Deduplication for joining reminder scheduler */
    reminderSentAt: {
      t7: { type: Date, default: null },
      t1Recruiter: { type: Date, default: null },
      t1Candidate: { type: Date, default: null },
      /** agentUserId (hex) -> last sent (ISO) stored as Mixed map */
      t1ByAgent: { type: mongoose.Schema.Types.Mixed, default: () => ({}) },
    },
    /** Dedup T-1 / T-0 onboarding emails for Joined placements (candidate + assigned agent same run) */
    onboardingJoinRemindersSentAt: {
      t1: { type: Date, default: null },
      t0: { type: Date, default: null },
    },
    trainingModuleId: { type: mongoose.Schema.Types.ObjectId, ref: 'TrainingModule', default: null },
    trainingAssignedAt: { type: Date, default: null },
    /** Soft audit ref: set when a Cancelled placement's offer link is detached on re-accept (EC-1). */
    _cancelledOfferRef: { type: mongoose.Schema.Types.ObjectId, ref: 'Offer', default: null },
    /** Set when all required onboarding tasks are completed. Cleared if any task is un-done. */
    onboardingCompletedAt: { type: Date, default: null },
    // ── B2 fix: Denormalized referral attribution (mirrors Employee.referredByUserId at offer-accept time) ──
    referredByUserId: {
      type: mongoose.Schema.Types.ObjectId,
      ref: 'User',
      default: null,
      index: true,
    },
    referralLeadJti: { type: String, default: null, index: true, sparse: true },
    referralAttributionLockedAt: { type: Date, default: null },
    referralContext: {
      type: String,
      enum: ['SHARE_CANDIDATE_ONBOARD', 'JOB_APPLY', null],
      default: null,
    },
    referralJobTitle: { type: String, trim: true, default: null },
  },
  { timestamps: true }
);

placementSchema.index({ status: 1, createdAt: -1 });
// Queue lookups: Pre-Boarding/Onboarding both lead with offerStatus='Accepted', then split on
// status + enteredOnboardingAt. Compound covers both queue filters.
placementSchema.index({ offerStatus: 1, status: 1, enteredOnboardingAt: 1 });

placementSchema.plugin(toJSON);
placementSchema.plugin(paginate);

const Placement = mongoose.model('Placement', placementSchema);
export default Placement;
