import type { ValidationInfoIF } from '.'

export interface SearchValidationIF {
    category?: ValidationInfoIF
    searchValue?: ValidationInfoIF
}
