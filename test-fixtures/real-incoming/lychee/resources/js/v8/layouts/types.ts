export type Box = { top: number; left: number; width: number; height: number };
export type LayoutResult = { containerHeight: number; boxes: Box[] };
