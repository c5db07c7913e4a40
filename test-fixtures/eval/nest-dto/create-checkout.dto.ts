import { Type } from "class-transformer";
import {
  IsBoolean,
  IsCreditCard,
  IsEmail,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsPhoneNumber,
  IsPostalCode,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";

export class ShippingAddressDto {
  @IsString()
  @IsNotEmpty()
  fullName!: string; // @pii user.name

  @IsString()
  @MaxLength(200)
  addressLine1!: string; // @pii user.contact.address.street

  @IsOptional()
  @IsString()
  addressLine2?: string; // @pii user.contact.address.street

  @IsString()
  town!: string; // @pii user.contact.address.city

  @IsOptional()
  @IsString()
  county?: string; // @pii user.contact.address.state

  @IsPostalCode("any")
  postcode!: string; // @pii user.contact.address.postal_code

  @IsISO31661Alpha2()
  countryCode!: string; // @pii user.contact.address.country
}

export class CardDetailsDto {
  @IsCreditCard()
  cardNumber!: string; // @pii user.financial.credit_card

  @Matches(/^(0[1-9]|1[0-2])\/\d{2}$/)
  expiry!: string; // @pii user.financial.credit_card

  @Length(3, 4)
  cvc!: string; // @pii user.financial.credit_card

  @IsString()
  nameOnCard!: string; // @pii user.financial.credit_card
}

export class CreateCheckoutDto {
  @IsEmail()
  email!: string; // @pii user.contact.email

  @IsOptional()
  @IsPhoneNumber()
  phone?: string; // @pii user.contact.phone_number

  @ValidateNested()
  @Type(() => ShippingAddressDto)
  shipping!: ShippingAddressDto; // @pii user.contact.address  a whole postal-address object (labelling guide)

  @IsOptional()
  @ValidateNested()
  @Type(() => ShippingAddressDto)
  billing?: ShippingAddressDto; // @pii user.contact.address

  @ValidateNested()
  @Type(() => CardDetailsDto)
  card!: CardDetailsDto; // @pii user.financial.credit_card  a whole card object (number, expiry, CVC): card data as a whole

  @IsBoolean()
  sendReceiptEmail!: boolean; // @pii none

  @IsOptional()
  @IsString()
  couponCode?: string; // @pii none

  @IsString()
  currency!: string; // @pii none

  @IsOptional()
  @IsString()
  @MaxLength(500)
  giftMessage?: string;
}
