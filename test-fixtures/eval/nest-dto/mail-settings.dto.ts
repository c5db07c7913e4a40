import { IsBoolean, IsEmail, IsFQDN, IsInt, IsOptional, IsString, Max, Min } from "class-validator";

/** Workspace-level outbound mail configuration (admin settings page). */
export class UpdateMailSettingsDto {
  @IsString()
  smtpHost!: string; // @pii none

  @IsInt()
  @Min(1)
  @Max(65535)
  smtpPort!: number; // @pii none

  @IsEmail()
  smtpFromEmail!: string; // @pii none  the sending mailbox of the workspace

  @IsString()
  smtpFromName!: string; // @pii none

  @IsEmail()
  supportEmail!: string; // @pii none  company support inbox

  @IsString()
  emailSubjectPrefix!: string; // @pii none

  @IsString()
  welcomeEmailTemplate!: string; // @pii none

  @IsOptional()
  @IsFQDN()
  hostname?: string; // @pii none

  @IsBoolean()
  sendEmail!: boolean; // @pii none

  @IsString()
  smtpPassword!: string; // @pii none

  @IsOptional()
  @IsString()
  dkimPrivateKey?: string; // @pii none
}

export class UpdateGeocodingSettingsDto {
  @IsString()
  geocoderApiKey!: string; // @pii none

  @IsString()
  addressService!: string; // @pii none

  @IsInt()
  ipVersion!: number; // @pii none
}
