export interface RelatedPartiesModel {
  relatedPartyID: string;
  relationshipType: string;
}
