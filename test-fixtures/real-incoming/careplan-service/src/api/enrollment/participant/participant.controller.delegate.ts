import express from 'express';
import { ParticipantService } from '../../../database/repository.services/enrollment/participant.service';
import { ErrorHandler } from '../../../common/error.handler';
import { ApiError } from '../../../common/api.error';
import { ParticipantValidator as validator } from './participant.validator';
import {
    ParticipantDto,
    ParticipantSearchFilters,
    ParticipantSearchResults,
    ParticipantModel
} from '../../../domain.types/enrollment/participant.domain.types';
import { uuid } from '../../../domain.types/miscellaneous/system.types';
import { UserHelper } from '../../../api/user.helper';
import { EnrollmentService } from '../../../database/repository.services/enrollment/enrollment.service';
import { EnrollmentTaskService } from '../../../database/repository.services/enrollment/enrollment.task.service';
import { ParticipantActivityResponseService } from '../../../database/repository.services/participant.responses/participant.activity.response.service';
import { ParticipantSelectedGoalService } from '../../../database/repository.services/participant.responses/participant.selected.goal.service';
import { ParticipantSelectedActionPlanService } from '../../../database/repository.services/participant.responses/participant.selected.action.plan.service';
import { ParticipantSelectedPriorityService } from '../../../database/repository.services/participant.responses/participant.selected.priority.service';

///////////////////////////////////////////////////////////////////////////////////////

export class ParticipantControllerDelegate {

    //#region member variables and constructors

    _service: ParticipantService = null;

    _enrollmentService: EnrollmentService = null;

    _enrollmentTaskService: EnrollmentTaskService = null;

    _participantActivityResponseService: ParticipantActivityResponseService = null;

    _participantSelectedGoalService: ParticipantSelectedGoalService = null;

    _participantSelectedActionPlanService: ParticipantSelectedActionPlanService = null;

    _participantSelectedPriorityService: ParticipantSelectedPriorityService = null;

    constructor() {
        this._service = new ParticipantService();
        this._enrollmentService = new EnrollmentService();
        this._enrollmentTaskService = new EnrollmentTaskService();
        this._participantActivityResponseService = new ParticipantActivityResponseService();
        this._participantSelectedGoalService = new ParticipantSelectedGoalService();
        this._participantSelectedActionPlanService = new ParticipantSelectedActionPlanService();
        this._participantSelectedPriorityService = new ParticipantSelectedPriorityService();
    }

    //#endregion

    create = async (requestBody: any) => {

        await validator.validateCreateRequest(requestBody);

        const birthDate = requestBody.BirthDate ? Date.parse(requestBody.BirthDate) : null;

        const participantCreateModel: ParticipantModel = {
            Prefix                 : requestBody.Prefix ? requestBody.Prefix : 'Mr',
            FirstName              : requestBody.FirstName ? requestBody.FirstName : null,
            LastName               : requestBody.LastName ? requestBody.LastName : null,
            CountryCode            : requestBody.CountryCode ? requestBody.CountryCode : '+91',
            Phone                  : requestBody.Phone ? requestBody.Phone : null,
            Email                  : requestBody.Email ? requestBody.Email : null,
            UniqueReferenceId      : requestBody.UniqueReferenceId ? requestBody.UniqueReferenceId : null,
            Country                : requestBody.Country ? requestBody.Country : null,
            ParticipantReferenceId : requestBody.ParticipantReferenceId ? requestBody.ParticipantReferenceId : null,
            Gender                 : requestBody.Gender ? requestBody.Gender : 'Male',
            BirthDate              : new Date(birthDate),
            TenantId               : requestBody.TenantId ? requestBody.TenantId : null
        };

        await UserHelper.getValidParticipantCreateModel(requestBody);

        const record: ParticipantDto = await this._service.create(participantCreateModel);
        if (record === null) {
            throw new ApiError('Unable to create participant!', 400);
        }

        return this.getEnrichedDto(record);
    };

    getById = async (id: uuid) => {
        const record: ParticipantDto = await this._service.getById(id);
        if (record === null) {
            ErrorHandler.throwNotFoundError('Participant with id ' + id.toString() + ' cannot be found!');
        }
        return this.getEnrichedDto(record);
    };

    getByUserId = async (userId: string) => {
        const record: ParticipantDto = await this._service.getByUserId(userId);
        if (record === null) {
            ErrorHandler.throwNotFoundError('Participant with userId ' + userId + ' cannot be found!');
        }
        return this.getEnrichedDto(record);
    };

    search = async (request: express.Request) => {
        await validator.validateSearchRequest(request.query);
        var filters: ParticipantSearchFilters = this.getSearchFilters(request.query);
        filters = await this.authorizeSearch(request, filters);
        var searchResults: ParticipantSearchResults = await this._service.search(filters);
        var items = searchResults.Items.map(x => this.getPublicDto(x));
        searchResults.Items = items;
        return searchResults;
    };

    update = async (id: uuid, requestBody: any) => {
        await validator.validateUpdateRequest(requestBody);
        const record: ParticipantDto = await this._service.getById(id);
        if (record === null) {
            ErrorHandler.throwNotFoundError('Participant with id ' + id.toString() + ' cannot be found!');
        }
        const updateModel: ParticipantModel =
            await UserHelper.getValidParticipantUpdateModel(record, requestBody);
        const updated: ParticipantDto = await this._service.update(id, updateModel);
        if (updated == null) {
            throw new ApiError('Unable to update Participant!', 400);
        }
        return this.getEnrichedDto(updated);
    };

    delete = async (id: uuid) => {
        const record: ParticipantDto = await this._service.getById(id);
        
        if (record == null) {
            ErrorHandler.throwNotFoundError('Participant with id ' + id.toString() + ' cannot be found!');
        }

        try {
            await this._participantActivityResponseService.deleteByParticipantId(id);

            await this._participantSelectedGoalService.deleteByParticipantId(id);

            await this._participantSelectedActionPlanService.deleteByParticipantId(id);

            await this._participantSelectedPriorityService.deleteByParticipantId(id);

            await this._enrollmentTaskService.deleteByParticipantId(id);
            
            await this._enrollmentService.deleteByParticipantId(id);
            
            const userDeleted: boolean = await this._service.delete(id);
            return {
                Deleted : userDeleted
            };
        } catch (error) {
            ErrorHandler.throwDbAccessError('DB Error: Unable to delete participant and associated data!', error);
        }
    };

    ///////////////////////////////////////////////////////////////////////////////////////////////

    getSearchFilters = (query) => {
        var filters = {};
        var prefix = query.prefix ? query.prefix : null;
        if (prefix != null) {
            filters['Prefix'] = prefix;
        }
        var firstName = query.firstName ? query.firstName : null;
        if (firstName != null) {
            filters['FirstName'] = firstName;
        }
        var lastName = query.lastName ? query.lastName : null;
        if (lastName != null) {
            filters['LastName'] = lastName;
        }
        var participantReferenceId = query.participantReferenceId ? query.participantReferenceId : null;
        if (participantReferenceId != null) {
            filters['ParticipantReferenceId'] = participantReferenceId;
        }
        var gender = query.gender ? query.gender : null;
        if (gender != null) {
            filters['Gender'] = gender;
        }
        var country = query.country ? query.country : null;
        if (country != null) {
            filters['Country'] = country;
        }
        var addedByUserId = query.addedByUserId ? query.addedByUserId : null;
        if (addedByUserId != null) {
            filters['AddedByUserId'] = addedByUserId;
        }
        var lastUpdatedByUserId = query.lastUpdatedByUserId ? query.lastUpdatedByUserId : null;
        if (lastUpdatedByUserId != null) {
            filters['LastUpdatedByUserId'] = lastUpdatedByUserId;
        }
        var phone = query.phone ? query.phone : null;
        if (phone != null) {
            filters['Phone'] = phone;
        }

        var uniqueReferenceId = query.uniqueReferenceId ? query.uniqueReferenceId : null;
        if (uniqueReferenceId != null) {
            filters['UniqueReferenceId'] = uniqueReferenceId;
        }
        return filters;
    };

    authorizeSearch = async (
        request: express.Request,
        searchFilters: ParticipantSearchFilters): Promise<ParticipantSearchFilters> => {
    
        if (request.currentClient?.IsPrivileged) {
            return searchFilters;
        }
    
        if (searchFilters.TenantId != null) {
            if (searchFilters.TenantId !== request.currentUser.TenantId) {
                throw new ApiError(403, 'Forbidden');
            }
        }
        else {
            searchFilters.TenantId = request.currentUser.TenantId;
        }
        return searchFilters;
    };

    //This function returns a response DTO which is enriched with available resource data

    getEnrichedDto = (record) => {
        if (record == null) {
            return null;
        }
        return {
            id                     : record.id,
            DisplayId              : record.DisplayId,
            Prefix                 : record.Prefix,
            FirstName              : record.FirstName,
            LastName               : record.LastName,
            ParticipantReferenceId : record.ParticipantReferenceId,
            CountryCode            : record.CountryCode,
            Phone                  : record.Phone,
            Email                  : record.Email,
            UniqueReferenceId      : record.UniqueReferenceId,
            Gender                 : record.Gender,
            BirthDate              : record.BirthDate,
            Country                : record.Country,
            AddedByUserId          : record.AddedByUserId,
            LastUpdatedByUserId    : record.LastUpdatedByUserId,
            TenantId               : record.TenantId,
        };
    };

    //This function returns a response DTO which has only public parameters

    getPublicDto = (record) => {
        if (record == null) {
            return null;
        }
        return {
            id                     : record.id,
            DisplayId              : record.DisplayId,
            Prefix                 : record.Prefix,
            FirstName              : record.FirstName,
            LastName               : record.LastName,
            CountryCode            : record.CountryCode,
            Phone                  : record.Phone,
            Email                  : record.Email,
            UniqueReferenceId      : record.UniqueReferenceId,
            ParticipantReferenceId : record.ParticipantReferenceId,
            Gender                 : record.Gender,
            BirthDate              : record.BirthDate,
            Country                : record.Country,
            TenantId               : record.TenantId,
        };
    };

}
