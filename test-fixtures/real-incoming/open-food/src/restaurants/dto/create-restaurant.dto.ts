import { IsNotEmpty, IsString } from "class-validator";
import {ApiProperty} from "@nestjs/swagger";

export class CreateRestaurantDto {

  @IsString()
  @IsNotEmpty()
  @ApiProperty()
  type: string;
}
