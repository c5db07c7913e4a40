import { Component, OnInit } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { StateMachine } from '@edium/fsm';
import { AbstractAppConfig } from '../../../app.config';
import { Task } from '../../domain/work-allocation/Task';
import { ReadCookieService } from '../../services/cookie/read-cookie-service';
import { SessionStorageService } from '../../services/session/session-storage.service';
import { EventStartStateMachineContext } from './models/event-start-state-machine-context.model';
import { EventStartStateMachineService } from './services/event-start-state-machine.service';

@Component({
  selector: 'ccd-event-start',
  templateUrl: './event-start.component.html',
  standalone: false
})
export class EventStartComponent implements OnInit {

  public stateMachine: StateMachine;
  public context: EventStartStateMachineContext;

  constructor(private service: EventStartStateMachineService,
    private readonly router: Router,
    private readonly route: ActivatedRoute,
    private readonly sessionStorageService: SessionStorageService,
    private readonly cookieService: ReadCookieService,
    private readonly abstractConfig: AbstractAppConfig) {
  }

  public ngOnInit(): void {
    // Get task and case id payload from route data
    const tasks: Task[] = this.route.snapshot.data.tasks;
    const caseId = this.route.snapshot.data.case.case_id;
    const eventId = this.route.snapshot.queryParams['eventId'];
    const taskId = this.route.snapshot.queryParams['taskId'];

    // Setup the context
    this.context = {
      tasks,
      caseId,
      eventId,
      taskId,
      router: this.router,
      route: this.route,
      sessionStorageService: this.sessionStorageService,
      cookieService: this.cookieService
    };

    // Initialise state machine
    this.service = new EventStartStateMachineService(this.abstractConfig);
    this.stateMachine = this.service.initialiseStateMachine(this.context);
    // Create states
    this.service.createStates(this.stateMachine);
    // Add transitions for the states
    this.service.addTransitions();
    // Start state machine
    this.service.startStateMachine(this.stateMachine);
  }
}
