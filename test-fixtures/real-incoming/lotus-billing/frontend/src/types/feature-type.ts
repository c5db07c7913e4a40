export interface FeatureType {
  feature_id: string;
  feature_name: string;
  feature_description: string;
}

export interface CreateFeatureType {
  feature_name: string;
  feature_description: string;
}
