import { IsOptional, IsInt, IsString, IsIn, IsArray } from 'class-validator';
import { Type } from 'class-transformer';
import { UserId } from '../config/user-id-column';

export class TicketFilterDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  page?: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  perPage?: number = 25;

  @IsOptional()
  @IsString()
  search?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  statusId?: number;

  @IsOptional()
  @IsIn(['low', 'medium', 'high', 'urgent'])
  priority?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  departmentId?: number;

  @IsOptional()
  assigneeId?: UserId;

  @IsOptional()
  requesterId?: UserId;

  @IsOptional()
  @IsString()
  sortBy?: string = 'createdAt';

  @IsOptional()
  @IsIn(['ASC', 'DESC', 'asc', 'desc'])
  sortDirection?: string = 'DESC';

  @IsOptional()
  @IsArray()
  tagIds?: number[];
}
