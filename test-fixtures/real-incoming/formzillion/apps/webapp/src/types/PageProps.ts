export interface PageProps {
  params?: any;
  searchParams?: any;
}
