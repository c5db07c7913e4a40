export interface Template {
  value: string;
  label: string;
  templateid: number;
  text: string;
  disabled: boolean;
  created_at: string;
  templatetype: string;
}

export type params = {  
  requestNumber: string;
  ministryId: number;
  ministryCode: string;
  requestId: number;
  applicantCorrespondence: Array<any>;
  applicantCorrespondenceTemplates: Array<any>;
}

export type modalParams = {
  modalOpen: boolean;
  handleClose: () => void;
  formHistory: Array<any>
}

export type previewParams = {
  modalOpen: boolean;
  handleClose: () => void;
  handleSave: (emailContent: string) => void;
  handleSendPreviewEmail: (emailContent: string, emailAddress: string) => void;
  isSendPreviewEmail: boolean;
  handleExportAsPdfButton: (sfdtString: string) => void;
  innerhtml: string;
  handleExport: () => void;
  attachments: Array<any>
  templateInfo: any;
  enableSend: boolean;
  selectedEmails: string[];
  selectedCCEmails: string[];
  correspondenceSubject: string;
}
 export type downloadCorrespondenceParams = {
  modalOpen: boolean;
  setModalOpen: (open: boolean) => void;
  handleSave: () => void;
  modalFor: string;
 }