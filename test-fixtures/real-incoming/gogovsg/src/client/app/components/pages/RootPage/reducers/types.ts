export type RootState = {
  snackbarMessage: {
    message: string
    variant: number
  }
}
