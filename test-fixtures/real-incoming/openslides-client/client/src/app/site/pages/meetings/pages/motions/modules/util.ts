import { Directive, inject } from '@angular/core';
import { Identifiable } from '@app/domain/interfaces';
import { BaseModel } from '@app/domain/models/base/base-model';
import { Action } from '@app/gateways/actions';
import { BaseMotionMeetingUserRepositoryService } from '@app/gateways/repositories/motions/util';
import { BaseMeetingControllerService } from '@app/site/pages/meetings/base/base-meeting-controller.service';
import { UserControllerService } from '@app/site/services/user-controller.service';

import { BaseHasMeetingUserViewModel } from '../../../base/base-has-meeting-user-view-model';
import { ViewMotion } from '../view-models/view-motion';

@Directive()
export abstract class BaseMotionMeetingUserControllerService<
    V extends BaseHasMeetingUserViewModel<M>,
    M extends BaseModel
> extends BaseMeetingControllerService<V, M> {
    protected abstract override repo: BaseMotionMeetingUserRepositoryService<V, M>;
    private userRepo: UserControllerService = inject(UserControllerService);

    public create(motion: ViewMotion, ...users: Identifiable[]): Action<Identifiable[]> {
        const meetingUsers = users.map(user => this.userRepo.getViewModel(user.id)?.getMeetingUser(motion.meeting_id));
        return this.repo.create(motion, ...meetingUsers);
    }

    public delete(...models: Identifiable[]): Action<void> {
        return this.repo.delete(...models);
    }

    public sort(models: Identifiable[], motion: Identifiable): Action<void> {
        return this.repo.sort(models, motion);
    }
}
