export type TestmonialCardProps = {
  rating: number;
  name: string;
  review: string;
  jobTitle: string;
  img: string;
};
