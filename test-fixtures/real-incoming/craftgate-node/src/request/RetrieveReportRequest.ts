import ReportFileType from '../model/ReportFileType';

type RetrieveReportRequest = {
  fileType: ReportFileType;
};

export default RetrieveReportRequest;
