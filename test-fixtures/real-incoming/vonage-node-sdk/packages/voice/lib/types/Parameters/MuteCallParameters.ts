/**
 * Represents parameters for muting a call.
 */
export type MuteCallParameters = {
  /**
   * The action indicating that the call should be muted.
   */
  action: 'mute';
};
