export interface CreateAccountRequestDto {
  account_number: string;
  account_description: string;
}
