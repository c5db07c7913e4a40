/**
 * An EasyPostObject is the base class for all EasyPost API resources.
 * @internal
 * @abstract
 */
export default class EasyPostObject {
  static id;
  static object;
  static mode;
  static created_at;
  static updated_at;
  static _params;
}
