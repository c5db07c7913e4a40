import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { FileDto } from '../../files/dto/file.dto';
import { StatusDto } from '../../statuses/dto/status.dto';
import { lowerCaseTransformer } from '../../utils/transformers/lower-case.transformer';

/** Owner may update their drivers; role and manager cannot be changed here. */
export class UpdateManagedDriverDto {
  @ApiPropertyOptional({ type: String })
  @Transform(lowerCaseTransformer)
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @MinLength(6)
  password?: string;

  @ApiPropertyOptional({ type: String })
  @IsOptional()
  firstName?: string | null;

  @ApiPropertyOptional({ type: String })
  @IsOptional()
  lastName?: string | null;

  @ApiPropertyOptional({ type: () => FileDto })
  @IsOptional()
  photo?: FileDto | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isCustomAvatar?: boolean;

  @ApiPropertyOptional({ example: 'truck_blue' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  appAvatar?: string | null;

  @ApiPropertyOptional({ type: () => StatusDto })
  @IsOptional()
  @Type(() => StatusDto)
  status?: StatusDto;
}
