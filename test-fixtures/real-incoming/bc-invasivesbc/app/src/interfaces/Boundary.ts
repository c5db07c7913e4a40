interface Boundary {
  geos: [];
  id: number;
  name: string;
  server_id: any;
}

export default Boundary;
