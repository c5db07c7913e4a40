import Coordinate from "./Coordinate";

type LocationCoords = {
    coords: Coordinate;
};

export default LocationCoords;
