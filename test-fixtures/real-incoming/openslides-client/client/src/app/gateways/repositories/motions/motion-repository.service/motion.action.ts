export class MotionAction {
    public static readonly CREATE = `motion.create`;
    public static readonly UPDATE = `motion.update`;
    public static readonly DELETE = `motion.delete`;
    public static readonly CREATE_FORWARDED = `motion.create_forwarded`;
    public static readonly FOLLOW_RECOMMENDATION = `motion.follow_recommendation`;
    public static readonly SET_STATE = `motion.set_state`;
    public static readonly RESET_STATE = `motion.reset_state`;
    public static readonly SET_RECOMMENDATION = `motion.set_recommendation`;
    public static readonly RESET_RECOMMENDATION = `motion.reset_recommendation`;
    public static readonly SORT = `motion.sort`;
}
