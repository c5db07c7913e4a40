export interface User {
  id: string;
  email: string;
  dateOfBirth: Date;
  passportNumber: string;
}

export class Product {
  name = "";
  price = 0;
}
