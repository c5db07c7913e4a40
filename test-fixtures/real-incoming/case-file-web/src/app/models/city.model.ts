export class City {
    cityId: number;
    name: string;
  }