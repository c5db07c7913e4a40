/**
 * Case-related type definitions
 *
 * Shared interfaces for case data across the application
 */


/**
 * Case data structure for display and client-side operations
 */
export interface CaseData {
  fullName: string;
  laaReference: string;
  caseReference: string;
  refCode: string;
  provider_assigned_at: string;
  provider_viewed?: string;
  provider_accepted?: string;
  outcome_code?: string; 
  caseStatus: string;
  dateOfBirth: string;
  modified?: string;
  provider_closed?: string;
  // Client contact details
  phoneNumber?: string;
  safeToCall?: boolean;
  announceCall?: boolean;
  emailAddress?: string;
  // Client information
  address?: string;
  postcode?: string;
  category?: string;
  outcomeDescription?: string;
  // Case flags
  isUrgent?: boolean,
  textRelay?: boolean,
  bslWebcam?: boolean,
  thirdpartyDetails?: boolean,
  vulnerableUser?: boolean,
  language?: string
}

/**
 * Options for loading case data
 */
export interface CaseLoadOptions {
  caseType: 'new' | 'accepted' | 'opened' | 'closed';
  sortOrder: 'asc' | 'desc';
}

/**
 * Case status types
 */
export type CaseStatus = 'New' | 'Accepted' | 'Opened' | 'Closed';

/**
 * Case status label types
 */
export type CaseStatusLabels = 'new' | 'pending' | 'advising' | 'closed' | 'completed';
