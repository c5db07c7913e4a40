import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';

// providers
import { ToastProvider } from './toast';
import { ENV } from '@app/env';
import { BehaviorSubject, Observable } from 'rxjs';
import { Network } from '@awesome-cordova-plugins/network/ngx';
import { Platform, ToastController } from '@ionic/angular';
import { StorageService } from 'src/providers/storage-provider.service';

export enum ConnectionStatus {
    Online,
    Offline
}
interface RequestOptions {
    headers?: HttpHeaders;
    hideNoNetwork?: boolean;
}
@Injectable()
export class NetworkProvider {
    private token: string = null;
    private token$ = new BehaviorSubject<string | null>(null);
    private baseUrl = ENV.API_URL;
    private ApiMobileUrl = ENV.API_MOBILE_URL;
    private status: BehaviorSubject<ConnectionStatus> = new BehaviorSubject(ConnectionStatus.Offline);

    constructor(
        public http: HttpClient,
        private toastProvider: ToastProvider,
        private toastController: ToastController,
        private network: Network,
        private plt: Platform,
        private storage: StorageService
    ) {
        this.plt.ready().then(() => {
            this.initializeNetworkEvents();
            const status = network.type !== 'none' ? ConnectionStatus.Online : ConnectionStatus.Offline;
            this.status.next(status);
            this.storage.get('token').then(token => {
                this.setToken(token);
            });
        });
    }

    setToken(token: string) {
        this.token = token;
        this.token$.next(token);
    }

    getToken(): string | null {
        return this.token$.getValue();
    }

    getHeaders(): HttpHeaders {
        let headers = new HttpHeaders({
            'Content-Type': 'application/json'
        });

        if (this.token) {
            headers = headers.set('Authorization', 'JWT ' + this.token);
        }

        return headers;
    }

    request(url: string, data: any, options: RequestOptions | null = null): Promise<any> {
        return new Promise((resolve, reject) => {
            const headers = this.getHeaders();
            const config = {
                ...data,
                headers
            };

            this.http.request(data.method, this.baseUrl + url, config).subscribe({
                next: (res) => {
                    resolve(res);
                },
                error: (err) => {
                    if (err.status === 0) {
                        if (!options?.hideNoNetwork) {
                            this.toastProvider.danger(
                                'Andes se encuentra momentáneamente fuera de servicio. Vuelva a intentar mas tarde.'
                            );
                        }
                        reject();
                        return;
                    }

                    reject(err?.error ?? { error: err });
                }
            });
        });
    }

    requestMobileApi(url: string, data: any, options: RequestOptions | null = null): Promise<any> {
        return new Promise((resolve, reject) => {
            const headers = this.getHeaders();
            const config = {
                ...data,
                headers
            };

            this.http.request(data.method, this.ApiMobileUrl + url, config).subscribe({
                next: (res) => {
                    resolve(res);
                },
                error: (err) => {
                    if (err.status === 0) {
                        if (!options?.hideNoNetwork) {
                            this.toastProvider.danger('No hay conexión para actualizar datos');
                        }
                        reject();
                        return;
                    }

                    reject(err?.error ?? { error: err });
                }
            });
        });
    }

    get(url: string, params = {}, options: RequestOptions | null = null) {
        return this.request(url, { params, method: 'GET' }, options);
    }

    getMobileApi(url: string, params = {}, options: RequestOptions | null = null) {
        return this.requestMobileApi(url, { params, method: 'GET' }, options);
    }

    post(url: string, body: any, params = {}, options: RequestOptions | null = null) {
        return this.request(url, { body, params, method: 'POST' }, options);
    }

    put(url: string, body: any, params = {}, options: RequestOptions | null = null) {
        return this.request(url, { body, params, method: 'PUT' }, options);
    }

    patch(url: string, body: any, params = {}, options: RequestOptions | null = null) {
        return this.request(url, { body, params, method: 'PATCH' }, options);
    }

    public initializeNetworkEvents() {
        this.network.onDisconnect().subscribe(() => {
            if (this.status.getValue() === ConnectionStatus.Online) {
                this.updateNetworkStatus(ConnectionStatus.Offline);
            }
        });

        this.network.onConnect().subscribe(() => {
            if (this.status.getValue() === ConnectionStatus.Offline) {
                this.updateNetworkStatus(ConnectionStatus.Online);
            }
        });
    }

    private async updateNetworkStatus(status: ConnectionStatus) {
        this.status.next(status);

        const connection = status === ConnectionStatus.Offline ? 'Se perdió' : 'Se reestableció';
        const color = status === ConnectionStatus.Offline ? 'danger' : 'success';

        const toast = await this.toastController.create({
            message: `${connection} la conexión a Internet`,
            duration: 3000,
            position: 'bottom',
            color: `${color}`
        });
        toast.present();
    }

    public onNetworkChange(): Observable<ConnectionStatus> {
        return this.status.asObservable();
    }

    public getCurrentNetworkStatus(): string {
        return this.status.getValue() === ConnectionStatus.Online ? 'online' : 'offline';
    }
}
