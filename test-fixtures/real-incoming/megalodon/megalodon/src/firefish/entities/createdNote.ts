import { Note } from './note.js'

export type CreatedNote = {
  createdNote: Note
}
