export interface DisplayProps {
  /**
   * The display property sets the display behavior of an element.
   * @defaultValue 'auto'
   */
  display?: 'auto' | 'none';
}
