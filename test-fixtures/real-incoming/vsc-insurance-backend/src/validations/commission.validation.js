import Joi from 'joi';
import { objectId } from './custom.validation.js';

const createCommission = {
  body: Joi.object({
    product: Joi.string().custom(objectId).required(),
    lead: Joi.string().custom(objectId).required(),
    baseAmount: Joi.number().min(0).required(),
    tdsPercentage: Joi.number().min(0).max(100),
    status: Joi.string().valid('pending', 'approved', 'paid', 'cancelled').default('pending'),
    paymentDetails: Joi.object({
      bankAccount: Joi.string().custom(objectId),
      transactionId: Joi.string(),
      paymentDate: Joi.date(),
      paymentMethod: Joi.string().valid('bank_transfer', 'upi', 'cheque', 'other'),
    }).default({}),
  }).required(),
};

const getCommissions = {
  query: Joi.object().keys({
    status: Joi.string().valid('pending', 'approved', 'paid', 'cancelled'),
    startDate: Joi.date(),
    endDate: Joi.date(),
    sortBy: Joi.string(),
    limit: Joi.number().integer(),
    page: Joi.number().integer(),
  }),
};

const getCommission = {
  params: Joi.object().keys({
    commissionId: Joi.string().custom(objectId),
  }),
};

const updateCommission = {
  params: Joi.object().keys({
    commissionId: Joi.string().custom(objectId),
  }),
  body: Joi.object().keys({
    baseAmount: Joi.number().min(0),
    tdsPercentage: Joi.number().min(0).max(100),
    status: Joi.string().valid('pending', 'approved', 'paid', 'cancelled'),
    reason: Joi.string().max(500), // Reason for the update (especially for amount changes)
    paymentDetails: Joi.object().keys({
      bankAccount: Joi.string().custom(objectId),
      transactionId: Joi.string(),
      paymentDate: Joi.date(),
      paymentMethod: Joi.string().valid('bank_transfer', 'upi', 'cheque', 'other'),
    }),
  }),
};

const updateCommissionAmount = {
  params: Joi.object().keys({
    commissionId: Joi.string().custom(objectId).required(),
  }),
  body: Joi.object().keys({
    baseAmount: Joi.number().min(0),
    tdsPercentage: Joi.number().min(0).max(100),
    reason: Joi.string().max(500).required(), // Reason is required for amount changes
  }).min(1), // At least one field must be provided
};

const updatePaymentDetails = {
  params: Joi.object().keys({
    commissionId: Joi.string().custom(objectId).required(),
  }),
  body: Joi.object().keys({
    paymentMethod: Joi.string().valid('bank_transfer', 'upi', 'cheque', 'other'),
    bankAccount: Joi.string().custom(objectId),
    transactionId: Joi.string(),
    paymentDate: Joi.date(),
    notes: Joi.string().max(500),
    reason: Joi.string().max(500),
  }).min(1), // At least one field must be provided
};

const processPayout = {
  params: Joi.object().keys({
    commissionId: Joi.string().custom(objectId),
  }),
  body: Joi.object().keys({
    paymentMethod: Joi.string().valid('bank_transfer', 'upi', 'cheque', 'other').required(),
    bankAccount: Joi.string().custom(objectId).required(),
  }),
};

const getCommissionStats = {
  query: Joi.object().keys({
    startDate: Joi.date(),
    endDate: Joi.date(),
    status: Joi.string().valid('pending', 'approved', 'paid', 'cancelled'),
  }),
};

const getAgentCommissions = {
  params: Joi.object().keys({
    agentId: Joi.string().custom(objectId),
  }),
  query: Joi.object().keys({
    status: Joi.string().valid('pending', 'approved', 'paid', 'cancelled'),
    startDate: Joi.date(),
    endDate: Joi.date(),
    sortBy: Joi.string(),
    limit: Joi.number().integer(),
    page: Joi.number().integer(),
  }),
};

export{
  createCommission,
  getCommissions,
  getCommission,
  updateCommission,
  updateCommissionAmount,
  updatePaymentDetails,
  processPayout,
  getCommissionStats,
  getAgentCommissions,
}; 