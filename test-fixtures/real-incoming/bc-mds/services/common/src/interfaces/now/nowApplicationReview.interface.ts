export interface INOWApplicationReview {
  now_application_review_type_code: string;
  response_date: string;
  referee_name: string;
}
