
export interface ICommentGroupComponentState {

  /**
   * Comment text
   *
   * @type {string}
   * @memberof ICommentGroupComponentState
   */
  commentText: string

  /**
   * Disable post comment
   *
   * @type {boolean}
   * @memberof ICommentGroupComponentState
   */
  postDisable: boolean
}
