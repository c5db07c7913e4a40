export class DiscoveryDto {
  gender?: string;
  ageRange?: [number, number];
  distanceRange?: [number, number];
  sexualOrientation?: string;
}
