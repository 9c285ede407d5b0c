package org.custodian.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home page: the sections the signed-in user's roles open, nothing else; for those who set the
 * installation up (administrator, DPO), its first steps with their state and, where their role may open it, a link.
 */
@Controller
class HomeController {

    /** The roles that set an installation up; the others have nothing to do there. */
    private static final Set<String> SETTING_UP = Set.of("ROLE_ADMIN", "ROLE_DPO");

    /**
     * A step as the viewer sees it.
     *
     * @param link null when the viewer's roles may not open the screen where it is done
     * @param by the message keys of the roles that may do it, for a viewer who may not
     */
    record StepView(String messageKey, List<Object> arguments, boolean done, String link, List<String> by) {
    }

    private final List<FirstSteps> sources;
    private final ObjectProvider<HomeCards> cards;

    HomeController(List<FirstSteps> sources, ObjectProvider<HomeCards> cards) {
        this.sources = sources;
        this.cards = cards;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication authentication, Model model) {
        var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(role -> role.startsWith("ROLE_") ? role : "ROLE_" + role).toList();
        if (roles.stream().anyMatch(SETTING_UP::contains)) {
            var steps = sources.stream().flatMap(source -> source.firstSteps().stream())
                    .sorted(Comparator.comparingInt(FirstStep::order))
                    .map(step -> view(step, roles)).toList();
            model.addAttribute("firstSteps", steps);
            model.addAttribute("firstStepsDone", steps.stream().allMatch(StepView::done));
        }
        model.addAttribute("homeCards", cards.orderedStream().flatMap(source -> source.homeCards().stream())
                .filter(card -> card.roles().stream().anyMatch(role -> roles.contains("ROLE_" + role)))
                .sorted(Comparator.comparingInt(HomeCard::order)).toList());
        return "home";
    }

    private static StepView view(FirstStep step, List<String> viewerRoles) {
        var allowed = step.roles().stream().anyMatch(role -> viewerRoles.contains("ROLE_" + role));
        return new StepView(step.messageKey(), step.arguments(), step.done(), allowed ? step.link() : null,
                step.roles().stream().sorted().map(role -> "role." + role).toList());
    }
}
