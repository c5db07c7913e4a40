export default interface ComplexityLevel {
  id: string
  title: string
  description: string
}
