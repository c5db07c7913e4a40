export interface ReleaseNote {
  date: string;
  titleKey: string;
  contentKey: string;
}

export const releaseNotes: ReleaseNote[] = [
  {
    date: "2026-03-23",
    titleKey: "release_notes.notes.note_2026_03_23.title",
    contentKey: "release_notes.notes.note_2026_03_23.content",
  },
  {
    date: "2025-10-29",
    titleKey: "release_notes.notes.note_2025_10_29.title",
    contentKey: "release_notes.notes.note_2025_10_29.content",
  },
  {
    date: "2025-08-18",
    titleKey: "release_notes.notes.note_2025_08_18.title",
    contentKey: "release_notes.notes.note_2025_08_18.content",
  },
  {
    date: "2025-07-09",
    titleKey: "release_notes.notes.note_2025_07_09.title",
    contentKey: "release_notes.notes.note_2025_07_09.content",
  },
  {
    date: "2025-07-02",
    titleKey: "release_notes.notes.note_2025_07_02.title",
    contentKey: "release_notes.notes.note_2025_07_02.content",
  },
  {
    date: "2025-06-23",
    titleKey: "release_notes.notes.note_2025_06_23.title",
    contentKey: "release_notes.notes.note_2025_06_23.content",
  },
  {
    date: "2025-06-22",
    titleKey: "release_notes.notes.note_2025_06_22.title",
    contentKey: "release_notes.notes.note_2025_06_22.content",
  },
  {
    date: "2025-06-19",
    titleKey: "release_notes.notes.note_2025_06_19.title",
    contentKey: "release_notes.notes.note_2025_06_19.content",
  },
  {
    date: "2025-06-18",
    titleKey: "release_notes.notes.note_2025_06_18.title",
    contentKey: "release_notes.notes.note_2025_06_18.content",
  },
  {
    date: "2025-06-01",
    titleKey: "release_notes.notes.note_2025_06_01.title",
    contentKey: "release_notes.notes.note_2025_06_01.content",
  },
  {
    date: "2025-05-20",
    titleKey: "release_notes.notes.note_2025_05_20.title",
    contentKey: "release_notes.notes.note_2025_05_20.content",
  },
];
