/**
 * Copyright 2025 LY Corporation
 *
 * LY Corporation licenses this file to you under the Apache License,
 * version 2.0 (the "License"); you may not use this file except in compliance
 * with the License. You may obtain a copy of the License at:
 *
 *   https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
 * License for the specific language governing permissions and limitations
 * under the License.
 */
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

import { PaginationRequestDto } from '@/common/dtos';
import { SortMethodEnum } from '@/common/enums';

export class GetAllCategoriesRequestDto extends PaginationRequestDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  categoryName: string;

  @ApiProperty({
    required: false,
    description:
      "You can sort category by specific key with sort method values: 'ASC', 'DESC'",
    example: { name: 'ASC' },
  })
  @IsOptional()
  sort?: Record<string, SortMethodEnum>;
}
