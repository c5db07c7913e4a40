export class Constants {
  static SignedInParticipationStatusId = 3;
  static CheckedInParticipationStatusId = 4;
  static GuestHouseholdId = 5771805;

  static CheckinParticipantsChannel = 'CheckinParticipantsChannel';
  static CheckinRoomChannel = 'CheckinRoomChannel';

  static StudentMinistry = 81;
  static ChildCareEventType = 243;
  static StudentMinistry6through8EventType = 402;
  static StudentMinistry9through12EventType = 403;
  static BigEventType = 369;


  static MsmSixth = 173933;
  static MsmSeventh = 173932;
  static MsmEighth = 173931;
  static HighSchoolNinth = 173930;
  static HighSchoolTenth = 173929;
  static HighSchoolEleventh = 173928;
  static HighSchoolTwelfth = 173927;
}
