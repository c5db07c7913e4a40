export interface KakaoTalkImage {
  /** URL to the product image */
  image_url: string;
  /** URL opened when a user clicks on the image */
  image_link?: string;
}
