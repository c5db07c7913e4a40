export interface ViewPortInterface {
    latitude: number
    longitude: number
    zoom: number
}
