/**
 * Represents a stream with associated layout class list.
 */
export type StreamClassList = {
  /**
   * The ID of the stream.
   */
  id: string;

  /**
   * An array of layout class names associated with the stream.
   */
  layoutClassList: string[];
}
