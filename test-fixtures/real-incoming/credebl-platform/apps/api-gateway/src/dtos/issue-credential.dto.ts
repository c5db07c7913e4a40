import { IsArray, IsNotEmpty, IsString } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { toLowerCase, trim } from '@credebl/common/cast.helper';
import { Transform } from 'class-transformer';

interface attribute {
  name: string;
  value: string;
}

export class IssueCredentialDto {
  @ApiProperty({ example: 'v2' })
  @Transform(({ value }) => trim(value))
  @Transform(({ value }) => toLowerCase(value))
  @IsNotEmpty({ message: 'Please provide valid protocolVersion' })
  @IsString({ message: 'protocolVersion should be string' })
  protocolVersion: string;

  @ApiProperty({ example: [{ value: 'string', name: 'string' }] })
  @IsNotEmpty({ message: 'Please provide valid attributes' })
  @IsArray({ message: 'attributes should be array' })
  attributes: attribute[];

  @ApiProperty({ example: 'string' })
  @IsNotEmpty({ message: 'Please provide valid credentialDefinitionId' })
  @IsString({ message: 'credentialDefinitionId should be string' })
  credentialDefinitionId: string;

  @ApiProperty({ example: 'string' })
  @IsNotEmpty({ message: 'Please provide valid comment' })
  @IsString({ message: 'comment should be string' })
  comment: string;

  @ApiProperty({ example: '3fa85f64-5717-4562-b3fc-2c963f66afa6' })
  @IsNotEmpty({ message: 'Please provide valid connectionId' })
  @IsString({ message: 'connectionId should be string' })
  connectionId: string;
}
