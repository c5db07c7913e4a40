import { Component } from '@angular/core';
import { AuthProvider } from 'src/providers/auth/auth';
import { StorageService } from 'src/providers/storage-provider.service';
import { Router } from '@angular/router';
import { ErrorReporterProvider } from 'src/providers/library-services/errorReporter';
import { AlertController } from '@ionic/angular';
import * as moment from 'moment';
import { ProfesionalProvider } from 'src/providers/profesional';
import { PacienteProvider } from 'src/providers/paciente';

@Component({
    selector: 'app-page-home',
    templateUrl: 'home.page.html'
})
export class HomePage {
    started = false;
    user: any;
    familiar = false;
    idPaciente;
    paciente: any;
    private newLogin = true;

    constructor(
        public authService: AuthProvider,
        public alertController: AlertController,
        private reporter: ErrorReporterProvider,
        private storage: StorageService,
        private router: Router,
        private profesionalProvider: ProfesionalProvider,
        private pacienteProvider: PacienteProvider
    ) { }


    ionViewWillEnter() {
        this.authService.checkAuth().then(() => {
            if (this.isLoggedIn()) {
                if (this.isProfesional()) {
                    this.user = this.authService.user;
                    // Cada vez que se loguea un profesional, se verifica el vencimiento de sus matriculas de grado
                    if (this.newLogin) {
                        this.profesionalProvider.getById(this.authService.user.profesionalId).then((resp: any) => {
                            this.newLogin = false;
                            const proximaAVencer = resp[0].formacionGrado.find(formacion => {
                                if (!formacion.matriculacion?.length) {
                                    return false;
                                }
                                const vencimiento = moment(formacion.matriculacion[formacion.matriculacion.length - 1].fin);
                                return vencimiento.isBetween(moment(), moment().add(30, 'days'), null, '[]');
                            });
                            if (proximaAVencer) {
                                this.notificacionVencimientoMetricula(proximaAVencer);
                            }
                        });
                    }
                } else {
                    this.storage.get('familiar').then((value) => {
                        if (value) {
                            this.familiar = true;
                            this.idPaciente = value.id;
                            this.user = value;
                        } else {
                            this.familiar = false;
                            this.user = this.authService.user;
                            if (this.isPaciente()) {
                                this.idPaciente = this.authService.user.pacientes[0].id;
                            }
                        }
                        this.pacienteProvider.get(this.idPaciente).then((paciente: any) => {
                            this.paciente = paciente;
                        });
                    });
                }
            }
        });
    }

    ionViewDidLeave() {
        if (!this.isLoggedIn()) {
            this.newLogin = true;
        }
    }

    isLoggedIn() {
        return this.authService.user != null;
    }

    isPaciente() {
        return this.authService.user && this.authService.user.profesionalId == null;
    }

    isProfesional() {
        return this.authService.user && this.authService.user.profesionalId != null;
    }

    login() {
        if (!this.isLoggedIn()) {
            this.router.navigateByUrl('/home');
        } else {
            this.reporter.report();
        }
    }

    rup() {
        this.router.navigate(['profesional/consultorio']);
    }

    numerosUtiles() {
        this.router.navigate(['/datos-utiles/numeros']);
    }

    vacunas() {
        if (this.isLoggedIn()) {
            this.router.navigate(['vacunas']);
        }
    }

    laboratorio() {
        if (this.isLoggedIn()) {
            this.router.navigate(['laboratorios']);
        }
    }

    campanias() {
        this.router.navigate(['datos-utiles/campanias']);
    }

    farmacias() {
        this.router.navigate(['/datos-utiles/farmacias']);
    }

    noticias() {
        this.router.navigate(['datos-utiles/noticias']);
    }

    misTurnos() {
        if (this.isLoggedIn()) {
            this.router.navigate(['/turnos'], { queryParams: { idPaciente: this.idPaciente } });
        }
    }

    misAgendas() {
        if (this.isLoggedIn()) {
            this.router.navigate(['profesional/agendas']);
        }
    }

    centrosDeSalud() {
        this.router.navigate(['datos-utiles/centros'], { queryParams: { tipo: 'centro-salud' } });
    }

    puntosAraucania() {
        this.router.navigate(['datos-utiles/centros'], { queryParams: { tipo: 'araucania' } });
    }

    historiaDeSalud() {
        if (this.isLoggedIn()) {
            this.router.navigate(['historia-salud']);
        }
    }

    misFamiliares() {
        if (this.isLoggedIn()) {
            this.router.navigate(['/mis-familiares']);
        }
    }

    salirDeFamiliar() {
        if (this.isLoggedIn()) {
            this.storage.set('familiar', '');
            this.familiar = false;
            this.user = this.authService.user;
        }
    }

    formularioTerapeutico() {
        this.router.navigate(['profesional/formulario-terapeutico']);
    }

    misMatriculas() {
        this.router.navigate(['profesional/mis-matriculas']);
    }


    get background() {
        return ((this.isLoggedIn() && this.familiar) ? 'familiar' : 'dark');
    }

    private async notificacionVencimientoMetricula(formacionGrado) {
        const confirm = await this.alertController.create({
            header: 'Aviso de vencimiento',
            message: `<p>Su matrícula de <b>${formacionGrado.profesion.nombre}</b> se vencerá el día ${moment(formacionGrado.matriculacion[formacionGrado.matriculacion.length - 1].fin).format('DD [de] MMMM')}.<br>Puede iniciar la renovación desde el menú <b>Mis matrículas</b>.</p>`,
            buttons: [
                {
                    text: 'Continuar',
                    handler: () => { }
                }
            ]
        });
        await confirm.present();
    }
}
