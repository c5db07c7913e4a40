export default class GlobalRecallUrls {
  static home = (nomsId: string) => {
    return `/person/${nomsId}`
  }
}
