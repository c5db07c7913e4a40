import Joi from 'joi';
import { objectId } from './custom.validation.js';

const createClient = {
  body: Joi.object().keys({
    name: Joi.string(),
    phone: Joi.string(),
    email: Joi.string().email(),
    email2: Joi.string().email(),
    address: Joi.string(),
    district: Joi.string(),
    state: Joi.string(),
    country: Joi.string(),
    fNo: Joi.string(),
    pan: Joi.string().pattern(/^[A-Z]{5}[0-9]{4}[A-Z]{1}$/),
    dob: Joi.date().max('now'),
    businessType: Joi.string(),
    gstNumbers: Joi.array().items(
      Joi.object({
        state: Joi.string().required(),
        gstNumber: Joi.string().pattern(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$/).required(),
        dateOfRegistration: Joi.date().max('now').required(),
        gstUserId: Joi.string().required()
      })
    ),
    tanNumber: Joi.string().pattern(/^[A-Z]{4}[0-9]{5}[A-Z]{1}$/),
    cinNumber: Joi.string().pattern(/^[A-Z]{1}[0-9]{5}[A-Z]{2}[0-9]{4}[A-Z]{3}[0-9]{6}$/),
    udyamNumber: Joi.string().pattern(/^UDYAM-[A-Z]{2}[0-9]{2}[0-9]{7}$/),
    iecCode: Joi.string().pattern(/^[0-9]{10}$/),
    entityType: Joi.string(),
    metadata: Joi.object(),
    category: Joi.string().valid('A', 'B', 'C').default('C'),
    turnover: Joi.string(),
    turnoverHistory: Joi.array().items(
      Joi.object({
        year: Joi.string().trim().pattern(/^\d{4}(-\d{4})?$/).required(),
        turnover: Joi.string().trim().min(1).required(),
      })
    ).optional(),
    branch: Joi.string().custom(objectId).required(),
    sortOrder: Joi.number(),
    // Add activities with subactivity support
    activities: Joi.array().items(
      Joi.object({
        activity: Joi.string().custom(objectId).required(),
        subactivity: Joi.string().custom(objectId).optional(), // Add subactivity support
        notes: Joi.string().optional(),
        status: Joi.string().valid('active', 'inactive').default('active')
      })
    ),
  }),
};

const getClients = {
  query: Joi.object().keys({
    name: Joi.string().allow('', null),
    email: Joi.string().allow('', null),
    phone: Joi.string().allow('', null),
    district: Joi.string().allow('', null),
    state: Joi.string().allow('', null),
    country: Joi.string().allow('', null),
    fNo: Joi.string().allow('', null),
    pan: Joi.string().allow('', null),
    businessType: Joi.string().allow('', null),
    gstNumbers: Joi.array().items(
      Joi.object({
        state: Joi.string(),
        gstNumber: Joi.string().pattern(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$/),
        dateOfRegistration: Joi.date().max('now'),
        gstUserId: Joi.string()
      })
    ).allow('', null),
    tanNumber: Joi.string().allow('', null),
    cinNumber: Joi.string().allow('', null),
    udyamNumber: Joi.string().allow('', null),
    iecCode: Joi.string().allow('', null),
    entityType: Joi.string().allow('', null),
    category: Joi.string().allow('', null),
    status: Joi.string().allow('', null),
    activity: Joi.string().allow('', null),
    subactivity: Joi.string().allow('', null),
    gstNumber: Joi.string().allow('', null),
    turnover: Joi.string().allow('', null),
    branch: Joi.string().custom(objectId),
    search: Joi.string().allow('', null),
    sortBy: Joi.string(),
    limit: Joi.number().integer(),
    page: Joi.number().integer(),
  }),
};

const getClient = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId),
  }),
};

const updateClient = {
  params: Joi.object().keys({
    clientId: Joi.required().custom(objectId),
  }),
  body: Joi.object()
    .keys({
      name: Joi.string(),
      phone: Joi.string(),
      email: Joi.string().email(),
      email2: Joi.string().email(),
      address: Joi.string(),
      district: Joi.string(),
      state: Joi.string(),
      country: Joi.string(),
      fNo: Joi.string(),
      pan: Joi.string().pattern(/^[A-Z]{5}[0-9]{4}[A-Z]{1}$/),
      dob: Joi.date().max('now'),
      businessType: Joi.string(),
      gstNumbers: Joi.array().items(
        Joi.object({
          state: Joi.string().required(),
          gstNumber: Joi.string().pattern(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$/).required(),
          dateOfRegistration: Joi.date().max('now').required(),
          gstUserId: Joi.string().required()
        })
      ),
      tanNumber: Joi.string().pattern(/^[A-Z]{4}[0-9]{5}[A-Z]{1}$/),
      cinNumber: Joi.string().pattern(/^[A-Z]{1}[0-9]{5}[A-Z]{2}[0-9]{4}[A-Z]{3}[0-9]{6}$/),
      udyamNumber: Joi.string().pattern(/^UDYAM-[A-Z]{2}[0-9]{2}[0-9]{7}$/),
      iecCode: Joi.string().pattern(/^[0-9]{10}$/),
      entityType: Joi.string(),
      metadata: Joi.object(),
      category: Joi.string().valid('A', 'B', 'C'),
      turnover: Joi.string(),
      turnoverHistory: Joi.array().items(
        Joi.object({
          year: Joi.string().trim().pattern(/^\d{4}(-\d{4})?$/).required(),
          turnover: Joi.string().trim().min(1).required(),
        })
      ),
      branch: Joi.string().custom(objectId),
      sortOrder: Joi.number(),
      // Add activities with subactivity support
      activities: Joi.array().items(
        Joi.object({
          activity: Joi.string().custom(objectId).required(),
          subactivity: Joi.string().custom(objectId).optional(), // Add subactivity support
          notes: Joi.string().optional(),
          status: Joi.string().valid('active', 'inactive').default('active')
        })
      ),
    })
    .min(1),
};

const updateClientStatus = {
  params: Joi.object().keys({
    clientId: Joi.required().custom(objectId),
  }),
  body: Joi.object().keys({
    status: Joi.string().valid('active', 'inactive').required(),
  }),
};

const deleteClient = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
  }),
};

const bulkImportClients = {
  body: Joi.object().keys({
    clients: Joi.array()
      .items(
        Joi.object().keys({
          id: Joi.string().custom(objectId).optional(),
          name: Joi.string(),
          phone: Joi.string(),
          email: Joi.string().email(),
          email2: Joi.string().email(),
          address: Joi.string(),
          district: Joi.string(),
          state: Joi.string(),
          country: Joi.string(),
          fNo: Joi.string(),
          pan: Joi.string().pattern(/^[A-Z]{5}[0-9]{4}[A-Z]{1}$/),
          dob: Joi.date().max('now'),
          businessType: Joi.string(),
          gstNumbers: Joi.array().items(
            Joi.object({
              state: Joi.string().required(),
              gstNumber: Joi.string().pattern(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$/).required(),
              dateOfRegistration: Joi.date().max('now').required(),
              gstUserId: Joi.string().required()
            })
          ),
          tanNumber: Joi.string().pattern(/^[A-Z]{4}[0-9]{5}[A-Z]{1}$/),
          cinNumber: Joi.string().pattern(/^[A-Z]{1}[0-9]{5}[A-Z]{2}[0-9]{4}[A-Z]{3}[0-9]{6}$/),
          udyamNumber: Joi.string().pattern(/^UDYAM-[A-Z]{2}[0-9]{2}[0-9]{7}$/),
          iecCode: Joi.string().pattern(/^[0-9]{10}$/),
          entityType: Joi.string(),
          metadata: Joi.object(),
          category: Joi.string().valid('A', 'B', 'C').default('C'),
          turnover: Joi.string(),
          branch: Joi.string().custom(objectId).required(),
          sortOrder: Joi.number(),
          // Add activities with subactivity support
          activities: Joi.array().items(
            Joi.object({
              activity: Joi.string().custom(objectId).required(),
              subactivity: Joi.string().custom(objectId).optional(), // Add subactivity support
              notes: Joi.string().optional(),
              status: Joi.string().valid('active', 'inactive').default('active')
            })
          ),
        })
      )
      .min(1)
      .max(5000)
      .required(),
  }),
};

const bulkDeleteClients = {
  body: Joi.object().keys({
    clientIds: Joi.array()
      .items(Joi.string().custom(objectId).required())
      .min(1)
      .max(5000)
      .required(),
  }),
};

// Activity management validations
const addActivityToClient = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
  }),
  body: Joi.object().keys({
    activity: Joi.string().custom(objectId).required(),
    notes: Joi.string().optional(),
    status: Joi.string().valid('active', 'inactive').default('active'),
  }),
};

const removeActivityFromClient = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
    activityId: Joi.string().custom(objectId).required(),
  }),
};

const updateActivityAssignment = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
    activityId: Joi.string().custom(objectId).required(),
  }),
  body: Joi.object().keys({
    notes: Joi.string().optional(),
    status: Joi.string().valid('active', 'inactive').optional(),
  }).min(1),
};

const getClientActivities = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
  }),
  query: Joi.object().keys({
    status: Joi.string().valid('active', 'inactive'),
    sortBy: Joi.string(),
    limit: Joi.number().integer(),
    page: Joi.number().integer(),
  }),
};

const getClientTaskStatistics = {
  query: Joi.object().keys({
    name: Joi.string().trim().allow(''),
    email: Joi.string().trim().allow(''),
    search: Joi.string().trim().allow(''), // Add search parameter
    branch: Joi.string().custom(objectId),
    limit: Joi.number().integer().min(1).max(10000),
    page: Joi.number().integer().min(1),
  }),
};

// GST Number management validations
const addGstNumber = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
  }),
  body: Joi.object().keys({
    state: Joi.string().required(),
    gstNumber: Joi.string().pattern(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$/).required(),
    dateOfRegistration: Joi.date().max('now').required(),
    gstUserId: Joi.string().required()
  }),
};

const removeGstNumber = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
    gstId: Joi.string().required(),
  }),
};

const updateGstNumber = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
    gstId: Joi.string().required(),
  }),
  body: Joi.object().keys({
    state: Joi.string(),
    gstNumber: Joi.string().pattern(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$/),
    dateOfRegistration: Joi.date().max('now'),
    gstUserId: Joi.string()
  }).min(1),
};

const getGstNumbers = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
  }),
};

/** Year report: timelines, status, pendings, turnover for a financial year. */
const getClientReport = {
  params: Joi.object().keys({
    clientId: Joi.string().custom(objectId).required(),
  }),
  query: Joi.object().keys({
    year: Joi.string().trim().pattern(/^\d{4}(-\d{4})?$/).optional(), // e.g. "2024" or "2024-2025"
  }),
};

export default {
  createClient,
  getClients,
  getClient,
  updateClient,
  updateClientStatus,
  deleteClient,
  bulkImportClients,
  bulkDeleteClients,
  addActivityToClient,
  removeActivityFromClient,
  updateActivityAssignment,
  getClientActivities,
  getClientTaskStatistics,
  addGstNumber,
  removeGstNumber,
  updateGstNumber,
  getGstNumbers,
  getClientReport,
}; 