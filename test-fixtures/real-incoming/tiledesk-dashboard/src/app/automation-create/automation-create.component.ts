import { Component, OnInit } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { AutomationUploadCsvComponent } from 'app/automation-upload-csv/automation-upload-csv.component';
import { AuthService } from 'app/core/auth.service';
import { AutomationsService } from 'app/services/automations.service';
import { LoggerService } from 'app/services/logger/logger.service';
import { RoleService } from 'app/services/role.service';
import { Location } from '@angular/common';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';
import { takeUntil } from 'rxjs/operators';
import { Subject, Subscription } from 'rxjs';
import { BrandService } from 'app/services/brand.service';
import { URL_WA_BroadcastsDocs } from 'app/utils/util';
import { NavigationService } from 'app/services/navigation.service';
const Swal = require('sweetalert2')

@Component({
  selector: 'appdashboard-automation-create',
  templateUrl: './automation-create.component.html',
  styleUrls: ['./automation-create.component.scss']
})
export class AutomationCreateComponent implements OnInit {

  private unsubscribe$: Subject<any> = new Subject<any>();
  public IS_OPEN_SETTINGS_SIDEBAR: boolean;
  public isChromeVerGreaterThan100: boolean
  templates_list: any[] = [];
  projectId: string;
  phone_number_id: string;
  selected_template: any;
  selected_template_name: any;
  selected_template_lang: any;
  templateName: string;
  csvOutput: any;

  // -------------
  header_component: any;
  body_component: any;
  footer_component: any;
  buttons_component: any;
  url_button_component: any;
  url_button_component_temp: any;
  header_component_temp: any;
  body_component_temp: any;
  body_params = [];
  header_params = [];
  buttons_params = [];
  previsioning_url: string;
  src: any;
  sanitizedUrl: any;
  fileUploadAccept: string
  // -------------

  csvFile: File;
  parsedCsvData: any;
  displayedColumns: string[] = [];
  automation_id: string;
  isNamedTemplate: boolean = false; // Indicates if the selected template uses NAMED parameters

  public hideHelpLink: boolean;

  fakeTmplt = ['insert fake template here']
  
  private backSub?: Subscription;
  
  constructor(
    private auth: AuthService,
    private logger: LoggerService,
    private automationsService: AutomationsService,
    private router: Router,
    private roleService: RoleService,
    public dialog: MatDialog,
    public location: Location,
    public sanitizer: DomSanitizer,
    private translate: TranslateService,
    public brandService: BrandService,
    private navSvc: NavigationService
    
  ) { 
    const brand = brandService.getBrand();
    this.hideHelpLink = brand['DOCS'];
  }

  ngOnInit(): void {
    this.roleService.checkRoleForCurrentProject('new-broadcast')    
    this.getBrowserVersion();
    this.listenSidebarIsOpened();
    this.getWATemplates();
    this.getCurrentProject();
    this.listenToGoBack()
    // this.templates_list = this.fakeTmplt
    // this.logger.log("[AUTOMATION-CREATE] GET WA TEMPLATES templates fake ", this.templates_list);
  }

   ngOnDestroy() {
    this.unsubscribe$.next();
    this.unsubscribe$.complete();
    this.backSub?.unsubscribe();
  }

  listenToGoBack() {
    this.backSub = this.navSvc.onBack().subscribe(() => {
      this.goBack();
    });
  }

  getCurrentProject() {
      this.auth.project_bs
        .pipe(
          takeUntil(this.unsubscribe$)
        )
        .subscribe((project) => {
          if (project) {
            this.projectId = project._id;
            this.logger.log('[AUTOMATION-CREATE] - projectId ', this.projectId)
          }
        });
  }

  downloadFile(data, filename) {
    const blob = new Blob(['\ufeff' + data], { type: 'text/csv;charset=utf-8;' });
    const dwldLink = document.createElement('a');
    const url = URL.createObjectURL(blob);
    const isSafariBrowser = navigator.userAgent.indexOf('Safari') !== -1 && navigator.userAgent.indexOf('Chrome') === -1;
    this.logger.log('[AUTOMATION-CREATE] isSafariBrowser ', isSafariBrowser)
    if (isSafariBrowser) {  // if Safari open in new window to save file with random filename.
      dwldLink.setAttribute('target', '_blank');

      /**
       * *** FOR SAFARI TO UNCOMMENT AND TEST ***
       */
      // https://stackoverflow.com/questions/29799696/saving-csv-file-using-blob-in-safari/46641236
      // const link = document.createElement('a');
      // link.id = 'csvDwnLink';

      // document.body.appendChild(link);
      // window.URL = window.URL;
      // const csv = '\ufeff' + data,
      //   csvData = 'data:attachment/csv;charset=utf-8,' + encodeURIComponent(csv),
      //   filename = 'filename.csv';
      // $('#csvDwnLink').attr({ 'download': filename, 'href': csvData });
      // $('#csvDwnLink')[0].click();
      // document.body.removeChild(link);
    }
    dwldLink.setAttribute('href', url);
    dwldLink.setAttribute('download', filename);
    dwldLink.style.visibility = 'hidden';
    document.body.appendChild(dwldLink);
    dwldLink.click();
    document.body.removeChild(dwldLink);
  }

  getWATemplates() {
    this.automationsService.getWATemplates().subscribe((templates: any) => {
      this.logger.log("[AUTOMATION-CREATE] GET WA TEMPLATES templates ", templates);
      // this.logger.log("[AUTOMATION-CREATE] GET WA TEMPLATES templates fake ", this.fakeTmplt);
      this.templates_list = templates

      // .map(t => {
      //   if (t.category === 'MARKETING') {
      //     t['icon'] = "campaign"
      //   }
      //   else {
      //     t['icon'] = "notifications_active"
      //   }
      //   // t['description'] = t.components.find(c => c.type === 'BODY').text;
      //   return t;
      // })


    }, (error) => {

      this.logger.error("[AUTOMATION-CREATE] - GET WA TEMPLATES - ERROR: ", error)
       this.logger.log(error.error.message)
      if (error.error.message.includes('WhatsApp not installed for the project_id')  ) {
        this.logger.log('[AUTOMATION-CREATE] - WA not installed');
        this.presentDialogWANotInstalledFoTheCurrentProject()
      }

    }, () => {

      this.logger.log('[AUTOMATION-CREATE] - GET WA TEMPLATES * COMPLETE *');

    });
  }

  presentDialogWANotInstalledFoTheCurrentProject() {
     Swal.fire({
      title: this.translate.instant('WhatsAppNotConfigured'),
      text: this.translate.instant('UnableToCreateBroadcastWAIsNotInstalled'),
      icon: "warning",
      showCloseButton: true,
      showCancelButton: true,
      showConfirmButton: true,
      showDenyButton: false,
      confirmButtonText: this.translate.instant('OnboardPage.Configure'),
      cancelButtonText: this.translate.instant('Cancel'),
      focusConfirm: false,
      reverseButtons: true,
      // buttons: ["Cancel", "Delete"],
      // dangerMode: true,
    }).then((result) => {
        if (result.isConfirmed) { 
          this.router.navigate(['project/' + this.projectId + '/integrations'], { queryParams: { 'name': 'whatsapp' } })
        }

    })
  }

  onSelectTemplate() {
    this.selected_template = this.templates_list.find(t => t.name === this.templateName);
    this.logger.log('[AUTOMATION-CREATE] onSelectTemplate selected_template', this.selected_template)
    
    // Check if template uses NAMED parameters
    this.isNamedTemplate = this.selected_template?.parameter_format === 'NAMED';
    
    this.selected_template_name = this.selected_template.name
    this.selected_template_lang = this.selected_template.language

    this.logger.log('[AUTOMATION-CREATE] onSelectTemplate selected_template_name', this.selected_template_name)
    
    // If template is NAMED, don't generate CSV (not supported yet) but still show the template
    if (!this.isNamedTemplate) {
      const phoneNumbers = ['+3931234567'];
      this.csvOutput = this.generateCSVFromWhatsAppTemplate(this.selected_template, phoneNumbers);
      this.logger.log('[AUTOMATION-CREATE] csvOutput', this.csvOutput)
      // if (csvOutput) {
      //  this.downloadFile(csvOutput, 'example.csv');
      // }
    }
    
    // Always create template preview to show the template (even if NAMED and not supported)
    this.createTemplatePreview()
  }

  // formatWaText(text?: string): SafeHtml {
  //   if (!text) { return ''; }
  //   // 1) escape HTML
  //   let s = text.replace(/&/g, '&amp;')
  //               .replace(/</g, '&lt;')
  //               .replace(/>/g, '&gt;');
  //   // 2) convert line breaks
  //   s = s.replace(/\n/g, '<br/>');
  //   // 3) WhatsApp-style -> HTML
  //   s = s.replace(/\*(.+?)\*/g, '<strong>$1</strong>')   // *bold*
  //        .replace(/_(.+?)_/g, '<em>$1</em>')             // _italic_
  //        .replace(/~(.+?)~/g, '<s>$1</s>');              // ~strike~
  //   return this.sanitizer.bypassSecurityTrustHtml(s);
  // }

  createTemplatePreview() {
    this.header_params = [];
    this.body_params = [];
    this.buttons_params = [];
    this.previsioning_url = null;

    let temp_template = JSON.parse(JSON.stringify(this.selected_template));
    this.header_component = temp_template.components.find(c => c.type === 'HEADER');
    this.logger.log('[AUTOMATION-CREATE] header_component', this.header_component)
    this.body_component = temp_template.components.find(c => c.type === 'BODY');
    this.logger.log('[AUTOMATION-CREATE] body_component', this.body_component)
    this.footer_component = temp_template.components.find(c => c.type === 'FOOTER');
    this.logger.log('[AUTOMATION-CREATE] footer_component', this.footer_component)
    this.buttons_component = temp_template.components.find(c => c.type === 'BUTTONS');
    this.logger.log('[AUTOMATION-CREATE] footer_component', this.buttons_component)
    if (this.buttons_component) {
      this.url_button_component = this.buttons_component.buttons.find(c => c.type === 'URL')
    }

    if (this.header_component) {
      this.header_component_temp = JSON.parse(JSON.stringify(this.header_component));
      if (this.header_component.format === 'TEXT') {
        // if (this.header_component.example &&
        //   this.header_component.example.header_text) {
        //   this.header_component.example.header_text.forEach((p, i) => {
        //     this.header_params.push({ index: i + 1, type: this.header_component.format, text: null })
        //   })
        // }
        const headerValues = this.header_component.example?.header_text || [];
        headerValues.forEach((val, i) => {
          const re = new RegExp('\\{\\{' + (i + 1) + '\\}\\}', 'g');
          this.header_component.text = (this.header_component.text || '').replace(re, val);
          this.header_params.push({ index: i + 1, type: 'TEXT', text: val });
        });
      }
      else if (this.header_component.format === 'IMAGE') {
        const links = this.header_component.example?.header_handle || [];
        links.forEach((link, i) => {
          this.header_params.push({ index: i + 1, type: 'IMAGE', image: { link } });
        });
      }
      else if (this.header_component.format === 'DOCUMENT') {
        // if (this.header_component.example &&
        //   this.header_component.example.header_handle) {
        //   this.fileUploadAccept = ".pdf"
        //   this.src = this.header_component.example.header_handle[0];
        //   this.sanitizeUrl(this.header_component.example.header_handle[0]);
        //   this.header_component.example.header_handle.forEach((p, i) => {
        //     this.header_params.push({ index: i + 1, type: this.header_component.format, document: { link: null } })
        //   })
        // }
        const handles = this.header_component.example?.header_handle || [];
        if (handles.length) {
          this.fileUploadAccept = '.pdf';
          this.src = handles[0];                  // URL del PDF per eventuale anteprima
          this.sanitizeUrl(handles[0]);           // prepara sanitizedUrl se usi l’iframe

          // Prefilla i parametri del documento (utile se devi mostrare/modificare i param)
          handles.forEach((link, i) => {
            this.header_params.push({
              index: i + 1,
              type: 'DOCUMENT',
              document: { link }
            });
          });
        }
      }
      else if (this.header_component.format === 'LOCATION') {
        this.header_params.push({ index: 1, type: this.header_component.format, location: { latitude: null, longitude: null, name: null, address: null } })
      }
      else {
        this.logger.log("[WHATSAPP RECEIVER] Check unrecognized Header: ", this.header_component)
      }
    }

    if (this.body_component) {
      // this.body_component_temp = JSON.parse(JSON.stringify(this.body_component));
      // if (this.body_component.example) {
      //   this.body_component.example.body_text[0].forEach((p, i) => {
      //     this.body_params.push({ index: i + 1, type: "text", text: null })
      //   })
      // }
      const bodyValues = this.body_component.example?.body_text?.[0] || [];
      bodyValues.forEach((val, i) => {
        const colLabel = `[body_${i}]`;   // etichetta colonna CSV
        const re = new RegExp('\\{\\{' + (i + 1) + '\\}\\}', 'g');
        this.body_component.text = (this.body_component.text || '').replace(re, `${val} [body_${i}]`);
        this.body_params.push({ index: i + 1, type: 'text', text: val });
      });
    }

    // if (this.url_button_component) {
    //   this.url_button_component_temp = JSON.parse(JSON.stringify(this.url_button_component));
    //   if (this.url_button_component.example) {
    //     this.url_button_component.example.forEach((p, i) => {
    //       this.buttons_params.push({ index: i + 1, type: "text", text: null })
    //       this.previsioning_url = this.url_button_component.url;
    //     })
    //   }
    // }
    if (this.url_button_component?.example?.[0]) {
      const originalUrl = this.url_button_component.url || '';
      const exampleUrl = this.url_button_component.example[0];

      if (originalUrl.includes('{{1}}')) {
        const [prefix, suffix] = originalUrl.split('{{1}}');
        let paramText = '';
        if (exampleUrl.startsWith(prefix) && exampleUrl.endsWith(suffix)) {
          paramText = exampleUrl.slice(prefix.length, exampleUrl.length - suffix.length);
        }
        this.buttons_params = [{ index: 1, type: 'text', text: paramText }];
        this.url_button_component.url = originalUrl.replace('{{1}}', paramText);

        const bi = this.buttons_component.buttons.findIndex(b => b.type === 'URL');
        if (bi > -1) this.buttons_component.buttons[bi] = this.url_button_component;
        this.previsioning_url = this.url_button_component.url;
      }
    }

  }

  sanitizeUrl(url) {
    this.sanitizedUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }

  onHeaderImageError(event) {
    event.target.src = this.header_component.example.header_handle[0];
  }

  openUploadCSVDialog() {
    this.logger.log('[AUTOMATION-CREATE] AutomationUploadCsv this.selected_template ',this.selected_template)
    if (!this.selected_template) {
      return
    }
    const dialogRef = this.dialog.open(AutomationUploadCsvComponent, {
      backdropClass: 'cdk-overlay-transparent-backdrop',
      hasBackdrop: true,
      width: '600px',
      data: {
        csvOutput: this.csvOutput,
        selected_template_name: this.selected_template_name
      },
    });
    this.logger.log('[AUTOMATION-CREATE] AutomationUploadCsv ')
    dialogRef.afterClosed().subscribe(result => {
      this.logger.log('[AUTOMATION-CREATE] AutomationUploadCsv (afterClosed) result : ', result);
      if (result) {
        this.csvFile = result.file
        this.parsedCsvData = result.parsedData
        const firstRow = this.parsedCsvData[0];
        if (firstRow) {
          this.displayedColumns = Object.keys(firstRow);
        }
        this.logger.log('[AUTOMATION-CREATE] AutomationUploadCsv (afterClosed) csvFile : ', this.csvFile);
        this.logger.log('[AUTOMATION-CREATE] AutomationUploadCsv (afterClosed) parsedCsvData : ', this.parsedCsvData);
      }
    });
  }



  getBrowserVersion() {
    this.auth.isChromeVerGreaterThan100.subscribe((isChromeVerGreaterThan100: boolean) => {
      this.isChromeVerGreaterThan100 = isChromeVerGreaterThan100;
    })
  }

  listenSidebarIsOpened() {
    this.auth.settingSidebarIsOpned.subscribe((isopened) => {
      this.logger.log('[AUTOMATION-CREATE] SETTINGS-SIDEBAR isopened (FROM SUBSCRIPTION) ', isopened)
      this.IS_OPEN_SETTINGS_SIDEBAR = isopened
    });
  }


  // interface WhatsAppTemplate {
  //   name: string;
  //   parameter_format: string;
  //   components: any[];
  //   language: string;
  //   status: string;
  //   category: string;
  //   id: string;
  // }

  generateCSVFromWhatsAppTemplate(template: any, phoneNumbers: string[]): string {
    const headerFields: string[] = [];
    const rows: string[][] = [];

    const headerComponent = template.components.find(c => c.type === 'HEADER');
    const bodyComponent = template.components.find(c => c.type === 'BODY');
    const footerComponent = template.components.find(c => c.type === 'FOOTER');
    const buttonsComponent = template.components.find(c => c.type === 'BUTTONS');

    const bodyExamples: string[][] = bodyComponent?.example?.body_text ?? [[]];
    const headerExample = headerComponent?.example;
    const buttonsExamples = buttonsComponent?.buttons?.[0]?.example ?? [];

    headerFields.push(`phone_number`);
    // Determine header columns
    if (headerComponent) {
      headerFields.push('header_0');
    }

    if (bodyExamples.length > 0) {
      for (let i = 0; i < bodyExamples[0].length; i++) {
        headerFields.push(`body_${i}`);
      }
    }

    if (buttonsExamples.length > 0) {
      headerFields.push('buttons_0');
    }

    // Build data rows
    for (let i = 0; i < phoneNumbers.length; i++) {
      const row: string[] = [];
      row.push(phoneNumbers[i]);

      // Header
      if (headerComponent?.format === 'IMAGE' && headerExample?.header_handle?.[0]) {
        row.push(headerExample.header_handle[0]);
      } else if (headerComponent?.format === 'TEXT' && headerExample?.header_text?.[0]) {
        row.push(headerExample.header_text[0]);
      } else if (headerComponent) {
        row.push(''); // empty if format exists but no example
      }

      // Body
      const bodyParams = bodyExamples[i] ?? [];
      for (let j = 0; j < (bodyExamples[0]?.length ?? 0); j++) {
        row.push(bodyParams[j] ?? '');
      }

      // Buttons
      if (buttonsExamples[i]) {
        row.push(buttonsExamples[i]);
      } else if (buttonsExamples[0]) {
        row.push(buttonsExamples[0]); // fallback to first
      }

      rows.push(row);
    }

    // Convert to CSV string
    const csv = [headerFields.join(';'), ...rows.map(row => row.join(';'))].join('\n');
    return csv;
  }


  goBack() {
    this.location.back();
  }

  goToWABroadcastsDoc() {
    const url = URL_WA_BroadcastsDocs;
    window.open(url, '_blank');
  }



  presentDialogBeforeToSendToServer() {
    this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER selected_template ', this.selected_template);
    if (!this.selected_template) {
      return
    }

    Swal.fire({
      title: this.translate.instant('AreYouSure'),
      text: this.translate.instant('ByPressingTheSendButtonYouWillSendTheMessageTo', { contacts_num: this.parsedCsvData.length, template_name: this.selected_template_name }),//`By pressing the Send button you will send a message to ${this.parsedCsvData.length} contact using the template ${this.selected_template_name}`, // "By pressing the Send button you will send the message to {{contacts_num}} using the template {{template_name}}" ,
      icon: "warning",
      showCloseButton: false,
      showCancelButton: true,
      showConfirmButton: true,
      showDenyButton: false,
      confirmButtonText: this.translate.instant('Send'),
      cancelButtonText: this.translate.instant('Cancel'),
      focusConfirm: false,
      reverseButtons: true,
      // buttons: ["Cancel", "Delete"],
      // dangerMode: true,
    })
      .then((result) => {
        if (result.isConfirmed) {

          if (!this.csvFile) return;
          this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER csvFile ', this.csvFile);
          this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER id_project ', this.projectId);
          this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER selected_template_lang ', this.selected_template_lang);
          this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER selected_template_name ', this.selected_template_name);
          const formData = new FormData();
          formData.append('delimiter', ';');
          formData.append('id_project', this.projectId);
          formData.append('template_name', this.selected_template_name);
          formData.append('template_language', this.selected_template_lang);
          formData.append('uploadFile', this.csvFile, this.csvFile.name);
          this.automationsService.uploadCsv(formData).subscribe(res => {
            this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER res', res);
            if (res) {
              this.automation_id = res['automation_id']
              this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER automation_id', this.automation_id);
            }

          }, (error) => {
            this.logger.error('[AUTOMATION-CREATE] SEND TO SERVER- ERROR ', error);
            this.logger.error('[AUTOMATION-CREATE] SEND TO SERVER- ERROR ERROR ERROR', error.error.error);
            let error_msg = ""
            if(error.error.error === 'WhatsApp not configured or missing business_account_id.') {
              error_msg = this.translate.instant('WhatsAppNotConfiguredOrMissingBusinessAccountID') //'WhatsApp not configured or missing business_account_id.'
            } else {
              error_msg = this.translate.instant('HoursPage.ErrorOccurred')
            }
            Swal.fire({
              title: this.translate.instant('Oops') + '!',
              text: error_msg,
              icon: "error",
              showCloseButton: false,
              showCancelButton: false,
              confirmButtonText: this.translate.instant('Ok'),
              // confirmButtonColor: "var(--primary-btn-background)",
            });

          }, () => {
            this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER * COMPLETE *');

            this.parsedCsvData = undefined

            Swal.fire({
              title: this.translate.instant('Done') + "!",
              text: this.translate.instant('TheBroadcastHasStarted'), // "The broadcast has started. You can check its status on the dedicated page.",
              icon: "success",
              showCloseButton: false,
              showCancelButton: false,
              // confirmButtonColor: "var(--primary-btn-background)",
              confirmButtonText: this.translate.instant('Ok'),
              
            }).then((okpressed) => {
              this.logger.log('[AUTOMATION-CREATE] okpressed')
              // this.router.navigate(['project/' + this.projectId + '/automations/'], { queryParams: { id: this.automation_id } });
            });
          });

        } else {
          this.logger.log('[AUTOMATION-CREATE] (else)')
        }
      });
  }

  // sendToServer() {
  //   if (!this.csvFile) return;
  //   this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER csvFile ', this.csvFile);
  //   const formData = new FormData();
  //   formData.append('delimiter', ';');
  //   formData.append('id_project', '64425d26aaa97d0013819905');
  //   formData.append('template_name', this.templateName);
  //   formData.append('template_language', 'it');
  //   formData.append('uploadFile', this.csvFile, this.csvFile.name);
  //   this.automationsService.uploadCsv(formData).subscribe(data => {
  //     this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER ', data);
  //     if (data) {
  //       // this.parse_done = true;
  //     }

  //   }, (error) => {
  //     this.logger.error('[AUTOMATION-CREATE] SEND TO SERVER- ERROR ', error);


  //   }, () => {
  //     this.logger.log('[AUTOMATION-CREATE] SEND TO SERVER * COMPLETE *');

  //   });
  // }


}
