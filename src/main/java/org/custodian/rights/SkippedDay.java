package org.custodian.rights;

import java.time.LocalDate;

/**
 * A day on which a period would have ended but which is not a working day (Regulation 1182/71 art. 3(4)).
 *
 * @param day     the day passed over
 * @param holiday the public holiday falling on it, or null for a plain Saturday or Sunday
 */
public record SkippedDay(LocalDate day, PublicHoliday holiday) {
}
