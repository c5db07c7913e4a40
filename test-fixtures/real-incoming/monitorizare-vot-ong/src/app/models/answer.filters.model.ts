export class AnswerFilters {
    observerPhoneNumber: number = null;
    pollingStationNumber: string = null;
    county: string = null;
    urgent = false;
}
