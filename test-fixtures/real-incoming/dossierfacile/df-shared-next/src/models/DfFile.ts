export class DfFile {
  id?: number | string
  path?: string
  name?: string
  originalName?: string
  file?: File
  size?: number
  preview?: string
  numberOfPages?: number
}
