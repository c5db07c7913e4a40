export interface VirtualPageViewDataLayer {
  event: string;
  page: {
    path: string;
    title: string;
  };
}
