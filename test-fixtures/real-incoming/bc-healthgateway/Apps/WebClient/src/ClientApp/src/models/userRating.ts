export default interface UserRating {
    // Gets or sets the rating.
    ratingValue: number;

    // Whether the user chose to skip
    skip: boolean;
}
