export class VhoStorageKeys {
    public static readonly HEARINGS_FITER_KEY = 'vho.hearings.filter';
    public static readonly VENUE_ALLOCATIONS_KEY = 'vho.venues.filter';
    public static readonly COURT_ROOMS_ACCOUNTS_ALLOCATION_KEY = 'vho.courtrooms.filter';
    public static readonly EQUIPMENT_SELF_TEST_KEY = 'vho.equipment.check';
    public static readonly CSO_ALLOCATIONS_KEY = 'vho.csos.filter';
    public static readonly ACTIVE_SESSIONS_END_OF_DAY_KEY = 'vho.hearings.active';
}
