import {computed, effect, inject, Injectable, signal} from '@angular/core';
import {KEYCLOAK_EVENT_SIGNAL, KeycloakEventType, ReadyArgs, typeEventArgs} from "keycloak-angular";
import {Principal} from "./principal";
import {environment} from "../../../../../apps/admin-app/src/environments/environment";
import Keycloak from "keycloak-js";

// @deprecated due to deprecated keycloak service
@Injectable({
  providedIn: 'root'
})
export class AuthService {

  principal = signal<Principal | undefined>(undefined)
  currentUserId = computed(() => this.principal()?.id)
  private authenticated = false

  constructor(private readonly keycloak: Keycloak) {
    const keycloakSignal = inject(KEYCLOAK_EVENT_SIGNAL)

    effect(() => {
      const keycloakEvent = keycloakSignal();

      if (keycloakEvent.type === KeycloakEventType.Ready) {
        this.authenticated = typeEventArgs<ReadyArgs>(keycloakEvent.args)
        let token = this.keycloak.tokenParsed
        if (token) {
          this.setPrincipal(token)
        } else {
          this.clearPrincipal()
        }
      }

      if (keycloakEvent.type === KeycloakEventType.AuthLogout) {
        this.authenticated = false
        this.clearPrincipal()
      }
    });
  }


  public logout() {
    this.keycloak.logout({redirectUri: environment.logoutUrl}).then()
  }


  hasRole(...roles: String[]): boolean {
    let p = this.principal()
    if (!p) return false
    return p.roles.find(r => roles.find(p => r === p)) != null
  }

  private clearPrincipal() {
    console.log('Clear principal');
    this.principal.set(undefined)
  }

  private setPrincipal(token: any) {
    // console.info(JSON.stringify(token));
    const id = token["sub"]
    const email = token["email"]
    const username = token["preferred_username"]
    const given_name = token["given_name"]
    const family_name = token["family_name"]
    const roles = token["realm_access"]["roles"]

    this.principal.set(new Principal(id, email, username, given_name, family_name, roles))
    // console.log('Set principal to ' + JSON.stringify(this.principal));
  }

}
