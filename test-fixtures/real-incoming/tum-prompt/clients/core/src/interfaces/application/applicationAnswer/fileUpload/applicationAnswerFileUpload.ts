export interface ApplicationAnswerFileUpload {
  id: string
  applicationQuestionID: string
  fileID: string
  fileName: string
  fileSize: number
  uploadedAt: string
  downloadUrl: string
}
