

export class SepPoliceHome {
    assignedJobsInProgress: number; 
    assignedJobsInProgressWithExceptions : number;
    assignedApplicationsIssued : number;

}
