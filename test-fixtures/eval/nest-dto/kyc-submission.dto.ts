import {
  IsDateString,
  IsEnum,
  IsIn,
  IsIP,
  IsISO31661Alpha2,
  IsOptional,
  IsPostalCode,
  IsString,
  IsUrl,
  Length,
} from "class-validator";
import { ApiProperty } from "@nestjs/swagger";

export enum DocumentKind {
  Passport = "passport",
  DrivingLicence = "driving_licence",
  NationalId = "national_id",
}

/** Body of POST /kyc/submissions, sent by the identity-verification widget. */
export class KycSubmissionDto {
  @ApiProperty()
  @IsString()
  legalFirstName!: string; // @pii user.name.first

  @ApiProperty()
  @IsString()
  legalLastName!: string; // @pii user.name.last

  @ApiProperty({ example: "1990-04-21" })
  @IsDateString()
  dateOfBirth!: string; // @pii user.demographic.date_of_birth

  @IsISO31661Alpha2()
  nationality!: string; // @pii user.demographic.nationality

  @IsOptional()
  @IsISO31661Alpha2()
  citizenship?: string; // @pii user.demographic.nationality

  @IsEnum(DocumentKind)
  documentKind!: DocumentKind; // @pii none

  @IsOptional()
  @IsString()
  passportNumber?: string; // @pii user.government_id.passport_number

  @IsOptional()
  @IsString()
  driversLicenseNumber?: string; // @pii user.government_id.drivers_license_number

  @IsOptional()
  @Length(9, 9)
  ssn?: string; // @pii user.government_id.national_identification_number

  @IsOptional()
  @IsString()
  taxIdentificationNumber?: string; // @pii user.government_id

  @IsString()
  residentialStreet!: string; // @pii user.contact.address.street

  @IsPostalCode("any")
  residentialPostalCode!: string; // @pii user.contact.address.postal_code

  @IsUrl()
  selfieUrl!: string; // @pii user.content.self_image

  @IsIP()
  clientIp!: string; // @pii user.device.ip_address

  @IsIn(["web", "ios", "android"])
  channel!: string; // @pii none

  @IsOptional()
  @IsString()
  occupation?: string; // @pii user.job_title

  @IsOptional()
  @IsString()
  sourceOfFunds?: string; // @pii user.financial
}
