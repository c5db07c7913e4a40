export class Link {
  id?: string;
  churchId: string;
  siteId?: string;
  category: string;
  linkType: string;
  linkData: string;
  photo?: string;
  url?: string;
  icon: string;
  text: string;
  sort: number;
  parentId?: string;
  visibility?: string;
  groupIds?: string;
}
