import { ListFilterValue } from './ListFilterValue';

export interface ListFilter {
    Name?: string
    Values?: ListFilterValue[]
}