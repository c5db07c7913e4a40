import Joi from 'joi';

import { activityId, dateOnlyString, timeTzString, uuidv4 } from './common.ts';
import { paginationOptions } from './paginationOptions.ts';
import { sharedPermitNoteSchema } from './permitNote.ts';
import { permitTrackingSchema } from './permitTracking.ts';
import { permitTypeSchema } from './permitType.ts';
import { createStamps } from './stamps.ts';
import { requireValidCode } from '../db/codes/validator.ts';
import { validate } from '../middleware/validation.ts';

const sharedPermitSchema = {
  permitType: permitTypeSchema,
  permitId: Joi.string().allow(null),
  permitTypeId: Joi.number().max(255).required(),
  activityId: activityId,
  issuedPermitId: Joi.string().allow(null),
  permitNote: Joi.array().items(Joi.object(sharedPermitNoteSchema).allow(null)).allow(null),
  permitTracking: permitTrackingSchema,
  needed: Joi.string().max(255).required(),
  state: Joi.string().max(255).required().custom(requireValidCode.PermitState),
  stage: Joi.string().max(255).required().custom(requireValidCode.PermitStage),
  onHoldCode: Joi.string().max(255).allow(null).custom(requireValidCode.PiesOnHold),
  submittedDate: dateOnlyString.allow(null),
  submittedTime: timeTzString.allow(null),
  decisionDate: dateOnlyString.allow(null),
  decisionTime: timeTzString.allow(null),
  statusLastChanged: dateOnlyString.allow(null),
  statusLastChangedTime: timeTzString.allow(null),
  statusLastVerified: dateOnlyString.allow(null),
  statusLastVerifiedTime: timeTzString.allow(null),
  targetDate: Joi.date().iso().allow(null),
  targetDateDescription: Joi.string().allow(null).max(255),
  technicalReviewer: Joi.string().allow(null).max(255),
  ...createStamps
};

const schema = {
  deletePermit: {
    params: Joi.object({
      permitId: uuidv4.required()
    })
  },
  getPermit: {
    params: Joi.object({
      permitId: uuidv4.required()
    })
  },
  intakePermit: {
    body: Joi.array()
      .items({
        permitTypeId: Joi.number().max(255).required(),
        activityId: activityId.required(),
        trackingId: Joi.string().allow(null),
        submittedDate: Joi.date().max('now').allow(null)
      })
      .min(1)
      .required()
  },
  listPermits: {
    query: Joi.object({
      activityId: Joi.string().min(8).max(8).allow(null),
      includeNotes: Joi.boolean().allow(null)
    })
  },
  searchPermits: {
    query: Joi.object({
      dateRange: Joi.array().items(Joi.string()).length(2).allow(null),
      permitTypeId: Joi.string().allow(null),
      searchTag: Joi.string().allow(null),
      sourceSystemKindId: Joi.string().allow(null)
    }).concat(paginationOptions)
  },
  upsertPermit: {
    body: Joi.object(sharedPermitSchema)
  }
};

export const upsertPermitBodySchema = schema.upsertPermit.body;
export const searchPermitsQuerySchema = schema.searchPermits.query;

export default {
  deletePermit: validate(schema.deletePermit),
  getPermit: validate(schema.getPermit),
  intakePermit: validate(schema.intakePermit),
  listPermits: validate(schema.listPermits),
  searchPermits: validate(schema.searchPermits),
  upsertPermit: validate(schema.upsertPermit)
};
