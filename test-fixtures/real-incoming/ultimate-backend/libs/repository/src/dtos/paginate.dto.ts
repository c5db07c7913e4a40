export class Paginate {
  first?: number;
  offset?: number;
}
