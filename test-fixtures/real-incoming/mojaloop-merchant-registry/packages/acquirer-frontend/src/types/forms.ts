export interface FormReponse {
  data: {
    id: number
  }
  message: string
}
