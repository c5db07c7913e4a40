export default interface RegionList {
  regions: string[]
}
