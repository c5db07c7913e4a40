// src/modules/payments/presentation/dto/create-payment.dto.ts
import {
  IsString,
  IsNumber,
  IsEnum,
  IsOptional,
  ValidateNested,
  Min,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaymentMethodDetailsDto } from './payment-method-details.dto';
import { PaymentMethodType } from '../../../../shared-kernel/domain/value-objects/payment-method';

export class CreatePaymentDto {
  @ApiProperty({
    example: 123,
    description: 'Order ID',
  })
  @IsNumber()
  orderId: number;

  @ApiProperty({
    example: 299.99,
    description: 'Payment amount',
  })
  @IsNumber()
  @Min(0)
  amount: number;

  @ApiProperty({
    enum: PaymentMethodType,
    example: PaymentMethodType.CREDIT_CARD,
    description: 'Payment method',
  })
  @IsEnum(PaymentMethodType)
  paymentMethod: PaymentMethodType;

  @ApiProperty({
    example: 'USD',
    description: 'Currency code',
  })
  @IsString()
  currency: string;

  @ApiPropertyOptional({
    type: PaymentMethodDetailsDto,
    description: 'Payment method specific details',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PaymentMethodDetailsDto)
  paymentMethodDetails?: PaymentMethodDetailsDto;

  @ApiPropertyOptional({
    example: 123,
    description: 'User ID',
  })
  @IsOptional()
  @IsNumber()
  userId?: number;
}
