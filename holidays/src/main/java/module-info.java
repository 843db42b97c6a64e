/**
 * Vietnam: the lunisolar calendar, public holidays by legal period, the official yearly
 * civil-service schedules and ready-made work calendars.
 */
module vn.dunghan.holidays {
    requires transitive vn.dunghan.core;

    exports vn.dunghan.holidays;
    exports vn.dunghan.holidays.lunar;
}
