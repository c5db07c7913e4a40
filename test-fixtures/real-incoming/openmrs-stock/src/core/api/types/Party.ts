export interface Party {
  uuid: string;
  name: string;
  acronym: string;
  locationUuid: string;
  stockSourceUuid: string;
  tags: string[];
}
