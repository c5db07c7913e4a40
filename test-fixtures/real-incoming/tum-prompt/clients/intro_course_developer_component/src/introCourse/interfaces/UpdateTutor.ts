export interface UpdateTutor {
  gitlabUsername?: string
}
