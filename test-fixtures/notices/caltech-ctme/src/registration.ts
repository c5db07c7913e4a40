/**
 * CTME course registration: the form a participant fills in to enrol on a course, event or conference.
 */
import { IsEmail, IsOptional, IsPhoneNumber, IsPostalCode, IsString, MaxLength } from "class-validator";

export enum ProgramFormat {
  InPerson = "in_person",
  Online = "online",
}

export class CourseRegistrationDto {
  @IsString()
  firstName!: string;

  @IsString()
  lastName!: string;

  @IsEmail()
  email!: string;

  @IsPhoneNumber()
  phone!: string;

  @IsOptional()
  @IsPhoneNumber()
  fax?: string;

  @IsString()
  mailingAddress!: string;

  @IsString()
  city!: string;

  @IsString()
  state!: string;

  @IsPostalCode("US")
  zip!: string;

  /** Company the participant works for (the organisation affiliation). */
  @IsString()
  company!: string;

  @IsString()
  jobTitle!: string;

  /** Where the participant travels from to attend (used for event logistics). */
  @IsOptional()
  @IsString()
  travellingFromCity?: string;

  /** Accessibility needs for the venue (e.g. wheelchair access, captioning). */
  @IsOptional()
  @MaxLength(500)
  accessibilityNeeds?: string;

  courseCode!: string;
  format!: ProgramFormat;
}
