export class GraphData {
    pointX: number;
    pointY: number;
}
