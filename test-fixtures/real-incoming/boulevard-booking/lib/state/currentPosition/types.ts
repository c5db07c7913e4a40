export interface PositionCoordinates {
    latitude: number
    longitude: number
}
