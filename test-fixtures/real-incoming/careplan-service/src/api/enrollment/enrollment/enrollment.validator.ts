import * as joi from 'joi';
import {
    ErrorHandler
} from '../../../common/error.handler';
import { EnrollmentCreateModel } from '../../../domain.types/enrollment/enrollment.domain.types';

///////////////////////////////////////////////////////////////////////////////////////////////

export class EnrollmentValidator {

    static validateCreateRequest = async (requestBody: EnrollmentCreateModel) => {
        try {
            const schema = joi.object({
                CareplanId : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                ParticipantId : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                PlanCode       : joi.string().max(64).required(),
                StartDate      : joi.date().iso().optional(),
                EndDate        : joi.date().iso().optional().allow(null),
                WeekOffset     : joi.number().optional(),
                DayOffset      : joi.number().optional(),
                EnrollmentDate : joi.date().iso().optional(),
                IsTest         : joi.boolean().optional(),
                ScheduleConfig : joi.object({
                    NumberOfDays : joi.number().integer().min(1).max(90).optional()
                        .error(() => new Error("NumberOfDays must be a positive integer between 1 and 90")),
                    StartHour : joi.number().integer().min(0).max(23).optional()
                        .error(() => new Error("StartHour must be an integer between 0 and 23")),
                    StartMinutes : joi.number().integer().min(0).max(59).optional()
                        .error(() => new Error("StartMinute must be an integer between 0 and 59")),
                    IntervalMinutes : joi.number().integer().min(0).max(1440).optional()
                        .error(() => new Error("IntervalMinutes must be a positive integer between 15 and 1440 (24 hours)")),
                    StartFromTomorrow : joi.boolean().optional()
                        .error(() => new Error("StartFromTomorrow must be a boolean value")),
                    Timezone : joi.string().max(10).optional()
                        .error(() => new Error("Timezone must be a string with a format like '+05:30' or '-05:00'")),
                }).optional(),
                TenantId : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                Language : joi.string().max(10).optional()
                    .error(() => new Error("Language must be a string with maximum 10 characters (e.g., 'en', 'es', 'fr')")),
            });
            return await schema.validateAsync(requestBody);
        } catch (error) {
            ErrorHandler.handleValidationError(error);
        }
    };

    static validateUpdateRequest = async (requestBody) => {
        try {
            const schema = joi.object({
                CareplanId : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                ParticipantId : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                StartDate : joi.date().iso().optional(),
                EndDate   : joi.date().iso().optional(),
                TenantId  : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                Language  : joi.string().max(10).optional()
                    .error(() => new Error("Language must be a string with maximum 10 characters (e.g., 'en', 'es', 'fr')")),
            });
            return await schema.validateAsync(requestBody);
        } catch (error) {
            ErrorHandler.handleValidationError(error);
        }
    };

    static validateSearchRequest = async (query) => {
        try {
            const schema = joi.object({
                careplanId : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                displayId : joi.string().optional(),
                startDate : joi.date().iso().optional(),
                endDate   : joi.date().iso().optional(),
                tenantId  : joi.string().guid({
                    version : ['uuidv4']
                }).optional(),
                progressStatus : joi.string().valid("Pending", "In-progress", "Completed", "Cancelled", "Delayed", "Unknown").optional(),
                pageIndex      : joi.number().min(0).optional(),
                itemsPerPage   : joi.number().min(1).optional(),
                orderBy        : joi.string().max(256).optional(),
                order          : joi.string().valid('ascending', 'descending').optional()
                    .error(()=> new Error("order param: 'ascending' and 'descending' are the only valid values.")),
                language       : joi.string().max(10).optional()
                    .error(() => new Error("Language must be a string with maximum 10 characters (e.g., 'en', 'es', 'fr')")),
            });
            return await schema.validateAsync(query);

        } catch (error) {
            ErrorHandler.handleValidationError(error);
        }
    };

}
