import { ApiProperty } from '@nestjs/swagger';

export class RoleRawAnalyticsEntity {
  @ApiProperty()
  title: string;
}
