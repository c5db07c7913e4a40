export interface ComplexCase {
  key: string
  title: string
  answer: boolean
  allocation_complex_case_id: string
}