export class AbstractPathBuilder {
  protected path: string

  constructor(path: string) {
    this.path = path
  }
}
