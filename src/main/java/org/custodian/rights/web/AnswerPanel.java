package org.custodian.rights.web;

import java.time.Clock;
import java.util.UUID;

import org.custodian.rights.AnswerView;
import org.custodian.rights.RequestAnswers;
import org.springframework.stereotype.Component;

/**
 * What the answer panel of a request's page shows (DSR-7), read by {@code templates/rights/answer-panel.html} as
 * {@code @answerPanel}: the answer sent, or the draft letter to start from. The page itself is audited; the answer's
 * read is audited by {@link RequestAnswers#of}. Public for the template's expression language only.
 */
@Component("answerPanel")
public class AnswerPanel {

    private final RequestAnswers answers;
    private final Clock clock;

    AnswerPanel(RequestAnswers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    /** The panel of one request. */
    public record View(AnswerView answer, String draft, boolean linkExpired) {
    }

    public View of(UUID id) {
        var answer = answers.of(id).orElse(null);
        return new View(answer, answer == null ? answers.draft(id) : null,
                answer != null && answer.expiredAt(clock.instant()));
    }
}
