export interface CreateMemorandumResourceIF {
  helpSection: {
    header: string
    helpText: any
  }
}
