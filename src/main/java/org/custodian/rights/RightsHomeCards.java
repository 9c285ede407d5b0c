package org.custodian.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.custodian.shared.web.HomeCard;
import org.custodian.shared.web.HomeCards;
import org.springframework.stereotype.Component;

/**
 * DSR-1 — the DPO's home page says how many rights requests are late (in red, and in words) and how many are due this
 * week, with a link to each list. Counts only: no request is read.
 */
@Component
class RightsHomeCards implements HomeCards {

    private final RightsRequests requests;

    RightsHomeCards(RightsRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<HomeCard> homeCards() {
        var counts = requests.counts();
        long late = counts.getOrDefault(RequestFilter.LATE, 0L);
        long due = counts.getOrDefault(RequestFilter.DUE_THIS_WEEK, 0L);
        var lines = new ArrayList<HomeCard.Line>();
        lines.add(new HomeCard.Line(late == 0 ? "rights.reminder.home.noneLate" : "rights.reminder.home.late",
                List.of(late), late > 0));
        lines.add(new HomeCard.Line(due == 0 ? "rights.reminder.home.noneDue" : "rights.reminder.home.due",
                List.of(due), false));
        return List.of(new HomeCard(10, "rights.reminder.home.title", lines, late > 0,
                late > 0 ? "/rights?filter=LATE" : "/rights?filter=DUE_THIS_WEEK", Set.of("DPO")));
    }
}
