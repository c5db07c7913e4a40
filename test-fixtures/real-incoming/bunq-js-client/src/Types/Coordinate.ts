type Coordinate = {
    latitude: number;
    longitude: number;
};

export default Coordinate;
