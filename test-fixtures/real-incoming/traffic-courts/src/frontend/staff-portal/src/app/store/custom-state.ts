export interface CustomState {
    loading: boolean,
    data: any;
}