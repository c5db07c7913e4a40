import { ImageSource } from '../group-finder/types';

/** Single highlighted field from Algolia search responses. */
export type ClassHitHighlightField = {
  value: string;
  matchLevel: string;
  matchedWords: string[];
};

/**
 * Classes index record shape + optional `_highlightResult` from search API.
 */
export interface ClassHitType {
  objectID: string;
  title: string;
  classType: string;
  /** URL slug for the class page; matches Algolia `pathName` and `/class-finder/:path`. */
  pathName: string;
  campus: string;
  groupId: number;
  subtitle: string;
  summary: string;
  coverImage: ImageSource;
  _geoloc: {
    lat: number;
    lng: number;
  };
  startDate: string | null;
  endDate: string | null;
  schedule: string; // Sunday at 8:00 AM
  topic:
    | 'Care & Recovery'
    | 'Finances'
    | 'Relationships'
    | 'Parenting'
    | 'Spiritual Growth';
  language: 'English' | 'Español' | 'Multiple Languages';
  format: 'In-Person' | 'Virtual';
  /**
   * Rock-managed registration override. Present but empty on most records; when
   * populated, the session card links here instead of opening the signup modal.
   * Spelled `registrationURL` to match the Algolia record (CFDP-4174 describes it
   * as `registrationUrl`).
   */
  registrationURL?: string;
  /**
   * True for synthetic cards built from a Rock 387 class with the "I'm Interested"
   * toggle on but no Algolia sessions. Not present on real Algolia records.
   */
  isInterestOnly?: boolean;
  /** Meters from search origin when `aroundLatLng` + `getRankingInfo` are set (zip / current location). */
  _rankingInfo?: {
    geoDistance?: number;
  };
  /** Present on search hits when highlighting is enabled; keys vary by query. */
  _highlightResult?: {
    title?: ClassHitHighlightField;
    summary?: ClassHitHighlightField;
    author?: {
      firstName?: ClassHitHighlightField;
      lastName?: ClassHitHighlightField;
    };
    routing?: {
      pathname?: ClassHitHighlightField;
    };
    htmlContent?: ClassHitHighlightField[];
  };
}

export type ContactFormType = {
  PersonId: string;
  GroupId: string;
};
