export class County {
    countyId: number;
    name: string;
    code: string;
  }