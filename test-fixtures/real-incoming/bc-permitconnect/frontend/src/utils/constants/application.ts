/*
 * Shared application wide constants
 */

import {
  AccessRequestStatus,
  BasicResponse,
  GroupName,
  Initiative,
  RouteName,
  UserSearchParams
} from '../enums/application';

export const ACCESS_REQUEST_STATUS = [
  AccessRequestStatus.APPROVED,
  AccessRequestStatus.PENDING,
  AccessRequestStatus.REJECTED
];

export const BRING_FORWARD_ROUTE_MAP = {
  [Initiative.ELECTRIFICATION]: {
    project: RouteName.INT_ELECTRIFICATION_PROJECT_NOTE,
    enquiry: RouteName.INT_ELECTRIFICATION_ENQUIRY_NOTE
  },
  [Initiative.GENERAL]: {
    project: RouteName.INT_GENERAL_PROJECT_NOTE,
    enquiry: RouteName.INT_GENERAL_ENQUIRY_NOTE
  },
  [Initiative.HOUSING]: {
    project: RouteName.INT_HOUSING_PROJECT_NOTE,
    enquiry: RouteName.INT_HOUSING_ENQUIRY_NOTE
  }
} satisfies Record<
  Exclude<Initiative, Initiative.PCNS>,
  {
    project: RouteName;
    enquiry: RouteName;
  }
>;

export const DELIMITER = '/';

export const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const PCNS_CONTACT = {
  email: 'NRM.PermittingAndData@gov.bc.ca',
  subject: 'Reporting an Issue with PCNS'
};

export const GROUP_NAME_LIST = [
  { id: GroupName.ADMIN, text: 'groupName.admin' },
  { id: GroupName.NAVIGATOR, text: 'groupName.navigator' },
  { id: GroupName.NAVIGATOR_READ_ONLY, text: 'groupName.navigatorReadOnly' },
  { id: GroupName.PROPONENT, text: 'groupName.proponent' },
  { id: GroupName.SUPERVISOR, text: 'groupName.supervisor' }
];

export const INITIATIVE_LIST = [Initiative.ELECTRIFICATION, Initiative.GENERAL, Initiative.HOUSING, Initiative.PCNS];

export const MANAGED_GROUP_NAME_LIST = [
  { id: GroupName.ADMIN, text: 'groupName.admin' },
  { id: GroupName.NAVIGATOR, text: 'groupName.navigator' },
  { id: GroupName.NAVIGATOR_READ_ONLY, text: 'groupName.navigatorReadOnly' },
  { id: GroupName.SUPERVISOR, text: 'groupName.supervisor' }
];

export const MIN_SEARCH_INPUT_LENGTH = 2;

export const SPATIAL_FILE_FORMATS = [
  '.cpg',
  '.dbf',
  '.geojson',
  '.gml',
  '.gpx',
  '.kml',
  '.kmz',
  '.pdf',
  '.prj',
  '.sbn',
  '.sbx',
  '.shp',
  '.shx',
  '.wkt',
  '.xml'
];

/**
 * Minimally valid UUIDv4 for the system ID
 * @see https://www.rfc-editor.org/rfc/rfc9562#variant_field
 */
export const SYSTEM_ID = '00000000-0000-4000-8000-000000000000';

export const USER_SEARCH_PARAMS = [UserSearchParams.FIRST_NAME, UserSearchParams.LAST_NAME, UserSearchParams.EMAIL];

export const UUID_V4_PATTERN = /[0-9A-F]{8}-[0-9A-F]{4}-[4][0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}/i;

export const YES_NO_LIST = [BasicResponse.YES, BasicResponse.NO];
export const YES_NO_UNSURE_LIST = [BasicResponse.YES, BasicResponse.NO, BasicResponse.UNSURE];
