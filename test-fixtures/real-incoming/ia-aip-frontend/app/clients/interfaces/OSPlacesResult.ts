export interface OSPlacesResult {
  LPI?: Record<string, any>;
  DPA?: Record<string, any>;
}
