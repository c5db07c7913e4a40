export interface InfoDialogOptions {
    title: string;
    confirmText: string;
    body?: string;
}
