export class PageableData<T> {
  content: T[];
  last?: boolean;
  totalElements: number;
  totalPages: number;
  size: number;
  number: number;
  first?: boolean;
  numberOfElements?: number;
}
