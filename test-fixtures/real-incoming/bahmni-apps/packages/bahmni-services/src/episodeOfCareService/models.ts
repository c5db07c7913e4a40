export interface EpisodeOfCareDataType {
  visitUuids: string[];
  encounterUuids: string[];
}
