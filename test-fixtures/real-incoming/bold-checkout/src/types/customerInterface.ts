export interface ISelectList{
    name: string
    value: string
}
