import { PartialType } from '@nestjs/mapped-types';

import { CreateAssetDto } from './create-asset.dto';

export class UpdateAssetDto extends PartialType(CreateAssetDto) {
  searchtitle: string;
}
