export class Location {

    latitude: number;
    longitude: number;

    constructor() {
        this.latitude = -1;
        this.longitude = -1;
    }
}