export interface StatisticDTO {
  directories: number;
  photos: number;
  videos: number;
  diskUsage: number;
  persons: number;
}
