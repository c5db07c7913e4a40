import { BaseSearchFilters, BaseSearchResults } from "../miscellaneous/base.search.types";
import { Gender, uuid } from "../miscellaneous/system.types";

export interface ParticipantModel {
    Prefix     : string;
    FirstName  : string;
    LastName   : string;
    CountryCode: string;
    Phone      : string;
    Email      : string;
    UniqueReferenceId? : string;
    ParticipantReferenceId?  : string;
    Gender     : Gender;
    BirthDate  : Date;
    Country?   : string;
    TenantId?  : uuid;
}

export interface ParticipantDto {
    id         : uuid;
    DisplayId  : number;
    Prefix     : string;
    FirstName  : string;
    LastName   : string;
    CountryCode: string;
    Phone      : string;
    Email      : string;
    UniqueReferenceId  : string;
    ParticipantReferenceId   : string;
    Gender     : Gender;
    BirthDate  : Date;
    Country    : string;
    TenantId   : uuid;

}

export interface ParticipantSearchFilters extends BaseSearchFilters {
    FirstName?: string;
    LastName? : string;
    Phone?    : string;
    Email?    : string;
    UniqueReferenceId? : string;
    ParticipantReferenceId? : string;
    DisplayId?: number;
    TenantId?: uuid;

}

export interface ParticipantSearchResults extends BaseSearchResults {
    Items: ParticipantDto[];
}
