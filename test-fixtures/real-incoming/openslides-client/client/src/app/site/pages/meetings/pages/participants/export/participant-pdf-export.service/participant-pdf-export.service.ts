import { inject, Service } from '@angular/core';
import { MeetingPdfExportService } from '@app/site/pages/meetings/services/export/meeting-pdf-export.service';
import { ViewUser } from '@app/site/pages/meetings/view-models/view-user';
import { TranslateService } from '@ngx-translate/core';
import { Content } from 'pdfmake/interfaces';

import { ParticipantPdfService } from '../participant-pdf.service/participant-pdf.service';

/**
 * Export service to handle various kind of exporting necessities for participants.
 */
@Service()
export class ParticipantPdfExportService {
    private translate = inject(TranslateService);
    private userPdfService = inject(ParticipantPdfService);
    private pdfDocumentService = inject(MeetingPdfExportService);

    /**
     * Export a participants list as PDF
     */
    public exportParticipants(...participants: ViewUser[]): void {
        const filename = this.translate.instant(`List of participants`);
        const metadata = {
            title: filename
        };
        this.pdfDocumentService.download({
            docDefinition: this.userPdfService.createUserListDocDef(participants),
            filename,
            metadata
        });
    }

    /**
     * Export a PDF document containing access information for participants
     */
    public exportAccessDocuments(...participants: ViewUser[]): void {
        const doc: Content[] = [];
        participants.forEach((participant, idx, arr) => {
            doc.push(this.userPdfService.userAccessToDocDef(participant, idx !== arr.length - 1));
        });
        const filename = this.getPdfFilenameForAccessDocuments(participants);
        const metadata = {
            title: filename
        };
        this.pdfDocumentService.download({ docDefinition: doc, filename, metadata });
    }

    /**
     * Creates a filename depending on the length of given participants
     */
    private getPdfFilenameForAccessDocuments(participants: ViewUser[]): string {
        if (participants.length === 1) {
            const firstParticipant = participants[0];
            return `${this.translate.instant(`Access-data`)} ${firstParticipant.short_name}`;
        }
        return `${this.translate.instant(`Access-data`)}`;
    }
}
