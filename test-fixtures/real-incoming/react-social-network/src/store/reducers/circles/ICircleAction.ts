
import { CircleActionType } from 'constants/circleActionType'

/**
 *  Circle action interface
 *
 * @export
 * @interface ICircleAction
 */
export interface ICircleAction {
  payload: any,
  type: CircleActionType

}
