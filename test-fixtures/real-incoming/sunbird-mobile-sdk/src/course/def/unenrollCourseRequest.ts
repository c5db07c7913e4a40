export interface UnenrollCourseRequest {
    userId: string;
    courseId: string;
    batchId: string;
}
