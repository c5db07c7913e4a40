export default abstract class DateTimeFormat {
    public static readonly formatDateString = "yyyy-MM-dd";
}
