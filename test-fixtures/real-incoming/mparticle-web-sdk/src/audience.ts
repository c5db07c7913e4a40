export default class Audience {
    public audience_id: number;

    constructor(
        audience_id: number,
    ) {
        this.audience_id = audience_id;
    }
}
