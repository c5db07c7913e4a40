/**
 * Student Validation Schemas
 */

import Joi from 'joi';
import { objectId, email, phone, name, mediaReference } from './common.validation.js';
import { MAX_BULK_RECORDS } from '../core/constants/system-limits.constants.js';

// Date-only "YYYY-MM-DD" string (no time/timezone) for dateOfBirth / admissionDate.
const dateOnly = Joi.string()
  .pattern(/^\d{4}-\d{2}-\d{2}$/)
  .allow('', null)
  .messages({ 'string.pattern.base': '{#label} must be in YYYY-MM-DD format' });

/**
 * Student profile schema (single)
 */
const studentProfileBody = Joi.object({
  name: name.required(),
  email: email.required(),
  rollNumber: Joi.string().required().trim(),
  phone: phone,
  gender: Joi.string().valid('Male', 'Female', 'Other'),
  dateOfBirth: dateOnly,
  address: Joi.string().max(500),
  department: Joi.string().max(100),
  degree: Joi.string().max(100),
  admissionDate: dateOnly,
  guardian: Joi.string().max(100),
  guardianPhone: phone,
  guardianEmail: email,
  secondaryEmail: email,
  facultyAdvisorEmail: email,
  hostel: objectId,
  room: objectId,
  profileImage: mediaReference,
});

/**
 * Create student profiles (single or bulk)
 * POST /api/student/profiles
 */
export const createStudentsProfilesSchema = Joi.object({
  body: Joi.alternatives().try(
    studentProfileBody,
    Joi.array().items(studentProfileBody).min(1).max(MAX_BULK_RECORDS)
  ),
});

/**
 * Update student profiles (single or bulk)
 * PUT /api/student/profiles
 */
export const updateStudentsProfilesSchema = Joi.object({
  body: Joi.alternatives().try(
    studentProfileBody.fork(
      ['name', 'email', 'rollNumber'],
      (schema) => schema.optional()
    ),
    Joi.array().items(
      studentProfileBody.fork(
        ['name', 'email', 'rollNumber'],
        (schema) => schema.optional()
      )
    ).min(1).max(MAX_BULK_RECORDS)
  ),
});

/**
 * Room allocation schema
 */
const roomAllocationBody = Joi.object({
  rollNumber: Joi.string().required(),
  roomId: objectId.required(),
});

/**
 * Update room allocations
 * PUT /api/student/:hostelId/room-allocations
 */
export const updateRoomAllocationsSchema = Joi.object({
  params: Joi.object({
    hostelId: objectId.required(),
  }),
  body: Joi.alternatives().try(
    roomAllocationBody,
    Joi.array().items(roomAllocationBody).min(1).max(MAX_BULK_RECORDS)
  ),
});

/**
 * Get students with filters
 * GET /api/student
 */
export const getStudentsSchema = Joi.object({
  query: Joi.object({
    page: Joi.number().integer().min(1).default(1),
    limit: Joi.number().integer().min(1).max(100).default(10),
    search: Joi.string().max(200),
    hostel: objectId,
    room: objectId,
    status: Joi.string().valid('active', 'inactive', 'graduated', 'suspended'),
    gender: Joi.string().valid('Male', 'Female', 'Other'),
    department: Joi.string().max(100),
    sortBy: Joi.string().max(50),
    sortOrder: Joi.string().valid('asc', 'desc'),
  }),
});

/**
 * Get student details by ID
 * GET /api/student/:userId
 */
export const getStudentDetailsSchema = Joi.object({
  params: Joi.object({
    userId: objectId.required(),
  }),
});

/**
 * Get multiple student details
 * POST /api/student/multiple
 */
export const getMultipleStudentDetailsSchema = Joi.object({
  body: Joi.object({
    userIds: Joi.array().items(objectId).min(1).max(100).required(),
  }),
});

/**
 * Update student profile
 * PUT /api/student/:userId
 */
export const updateStudentProfileSchema = Joi.object({
  params: Joi.object({
    userId: objectId.required(),
  }),
  body: Joi.object({
    name: name,
    email: email,
    rollNumber: Joi.string().trim(),
    phone: phone,
    gender: Joi.string().valid('Male', 'Female', 'Other'),
    dateOfBirth: dateOnly,
    address: Joi.string().max(500),
    department: Joi.string().max(100),
    degree: Joi.string().max(100),
    admissionDate: dateOnly,
    guardian: Joi.string().max(100),
    guardianPhone: phone,
    guardianEmail: email,
    secondaryEmail: email,
    facultyAdvisorEmail: email,
    profileImage: mediaReference,
  }),
});

/**
 * File complaint
 * POST /api/student/:userId/complaint
 */
export const fileComplaintSchema = Joi.object({
  params: Joi.object({
    userId: objectId.required(),
  }),
  body: Joi.object({
    title: Joi.string().min(5).max(200).required(),
    description: Joi.string().min(10).max(2000).required(),
    complaintType: Joi.string().max(50),
    priority: Joi.string().valid('low', 'medium', 'high', 'urgent'),
    attachments: Joi.array().items(mediaReference),
    location: Joi.string().max(200),
    hostel: objectId,
    roomNumber: Joi.string().max(20),
  }),
});

/**
 * Update complaint
 * PUT /api/student/complaint/:complaintId
 */
export const updateComplaintSchema = Joi.object({
  params: Joi.object({
    complaintId: objectId.required(),
  }),
  body: Joi.object({
    title: Joi.string().min(5).max(200),
    description: Joi.string().min(10).max(2000),
    complaintType: Joi.string().max(50),
    priority: Joi.string().valid('low', 'medium', 'high', 'urgent'),
    status: Joi.string().valid('pending', 'in_progress', 'resolved', 'closed'),
  }),
});

/**
 * Delete complaint
 * DELETE /api/student/complaint/:complaintId
 */
export const deleteComplaintSchema = Joi.object({
  params: Joi.object({
    complaintId: objectId.required(),
  }),
});

/**
 * Upload student ID card
 * POST /api/student/:userId/id-card
 */
export const uploadStudentIdCardSchema = Joi.object({
  params: Joi.object({
    userId: objectId.required(),
  }),
  body: Joi.object({
    front: Joi.string().required(),
    back: Joi.string().required(),
  }),
});

/**
 * Bulk update students status
 * PUT /api/student/bulk/status
 */
export const bulkUpdateStudentsStatusSchema = Joi.object({
  body: Joi.object({
    status: Joi.string().valid('active', 'inactive', 'graduated', 'suspended').required(),
    rollNumbers: Joi.array().items(Joi.string()).min(1).max(MAX_BULK_RECORDS).required(),
  }),
});

/**
 * Bulk update day scholar details
 * PUT /api/student/bulk/day-scholar
 */
export const bulkUpdateDayScholarDetailsSchema = Joi.object({
  body: Joi.object({
    data: Joi.array().items(
      Joi.object({
        rollNumber: Joi.string().required(),
        isDayScholar: Joi.boolean().required(),
      })
    ).min(1).max(MAX_BULK_RECORDS).required(),
  }),
});

/**
 * Check missing roll numbers from a CSV upload
 * POST /api/v1/students/profiles-admin/profiles/check-roll-numbers
 */
const looseCsvString = Joi.alternatives().try(Joi.string(), Joi.number()).allow("", null)

/**
 * Check uploaded student CSV fields against stored profiles
 * POST /api/v1/students/profiles-admin/profiles/check-consistency
 */
export const checkStudentDataConsistencySchema = Joi.object({
  students: Joi.array().items(
    Joi.object({
      rollNumber: looseCsvString,
      name: looseCsvString,
      email: looseCsvString,
      secondaryEmail: looseCsvString,
      facultyAdvisorEmail: looseCsvString,
      phone: looseCsvString,
      profileImage: looseCsvString,
      gender: looseCsvString,
      dateOfBirth: looseCsvString,
      degree: looseCsvString,
      department: looseCsvString,
      year: looseCsvString,
      address: looseCsvString,
      admissionDate: looseCsvString,
      guardian: looseCsvString,
      guardianPhone: looseCsvString,
      guardianEmail: looseCsvString,
    }).unknown(true)
  ).min(1).max(MAX_BULK_RECORDS).required(),
})

export const checkMissingRollNumbersSchema = Joi.object({
  rollNumbers: Joi.array().items(Joi.string().trim()).min(1).max(MAX_BULK_RECORDS).required(),
  scopeType: Joi.string().valid('system', 'group', 'batch').default('system'),
  groupName: Joi.when('scopeType', {
    is: 'group',
    then: Joi.string().trim().required(),
    otherwise: Joi.string().trim().allow('', null),
  }),
  degree: Joi.when('scopeType', {
    is: 'batch',
    then: Joi.string().trim().required(),
    otherwise: Joi.string().trim().allow('', null),
  }),
  department: Joi.when('scopeType', {
    is: 'batch',
    then: Joi.string().trim().required(),
    otherwise: Joi.string().trim().allow('', null),
  }),
  batch: Joi.when('scopeType', {
    is: 'batch',
    then: Joi.string().trim().required(),
    otherwise: Joi.string().trim().allow('', null),
  }),
});

export default {
  createStudentsProfilesSchema,
  updateStudentsProfilesSchema,
  updateRoomAllocationsSchema,
  getStudentsSchema,
  getStudentDetailsSchema,
  getMultipleStudentDetailsSchema,
  updateStudentProfileSchema,
  fileComplaintSchema,
  updateComplaintSchema,
  deleteComplaintSchema,
  uploadStudentIdCardSchema,
  bulkUpdateStudentsStatusSchema,
  bulkUpdateDayScholarDetailsSchema,
  checkMissingRollNumbersSchema,
  checkStudentDataConsistencySchema,
};
