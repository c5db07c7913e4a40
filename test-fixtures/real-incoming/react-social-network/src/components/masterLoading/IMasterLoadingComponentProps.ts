export interface IMasterLoadingComponentProps {
    error?: boolean
    timedOut?: boolean
    pastDelay?: boolean
}
