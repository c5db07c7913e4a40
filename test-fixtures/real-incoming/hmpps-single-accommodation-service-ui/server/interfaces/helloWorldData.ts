export interface HelloWorldData {
  message: string
}
