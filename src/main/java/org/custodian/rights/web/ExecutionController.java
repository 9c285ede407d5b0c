package org.custodian.rights.web;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.custodian.contacts.RestrictionGround;
import org.custodian.rights.ExecutionOrder;
import org.custodian.rights.ExecutionRefused;
import org.custodian.rights.InvalidRightsRequest;
import org.custodian.rights.RequestExecution;
import org.custodian.rights.RightsRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The panel of a request that carries it out (DSR-5) and lists its forwardings to the recipients (DSR-6), drawn
 * inside the request's page by htmx: the action of the request's kind for every matched person, what was done and
 * kept, each forwarding with the outbox state of its message, and the forwardings left to do by other means.
 */
@Controller
@RequestMapping("/rights/{id}")
class ExecutionController {

    private static final Set<String> FIELDS = Set.of("ground", "reason", "note");

    private final RightsRequests requests;
    private final RequestExecution execution;

    ExecutionController(RightsRequests requests, RequestExecution execution) {
        this.requests = requests;
        this.execution = execution;
    }

    /** What the DPO types to carry out a request: a restriction's ground and reason, a rectification's note. */
    record ExecutionForm(String ground, String reason, String note) {
    }

    /** How a recipient without an address was told. */
    record ForwardedForm(String note) {
    }

    @GetMapping("/execution")
    @PreAuthorize(Roles.HANDLE)
    String panel(@PathVariable UUID id, Model model) {
        return panel(id, model, new ExecutionForm(null, null, null), new ForwardedForm(null));
    }

    @PostMapping("/execute")
    @PreAuthorize(Roles.HANDLE)
    String execute(@PathVariable UUID id, @ModelAttribute("executionForm") ExecutionForm form, BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            execution.execute(id, new ExecutionOrder(form.ground(), form.reason(), form.note()));
            model.addAttribute("executed", true);
        } catch (InvalidRightsRequest invalid) {
            invalid.violations().forEach(violation -> {
                if (FIELDS.contains(violation.field())) {
                    result.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(),
                            violation.rule());
                } else {
                    result.reject(violation.messageKey(), violation.arguments().toArray(), violation.rule());
                }
            });
        } catch (ExecutionRefused refused) {
            var violation = refused.violation();
            result.reject(violation.messageKey(), violation.arguments().toArray(), violation.rule());
        }
        if (htmx == null && !result.hasErrors()) {
            return "redirect:/rights/" + id + "#execution";
        }
        return panel(id, model, result.hasErrors() ? form : new ExecutionForm(null, null, null),
                new ForwardedForm(null));
    }

    @PostMapping("/forwardings/{forwarding}/done")
    @PreAuthorize(Roles.HANDLE)
    String forwarded(@PathVariable UUID id, @PathVariable UUID forwarding,
            @ModelAttribute("forwardedForm") ForwardedForm form, BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            execution.markForwarded(id, forwarding, form.note());
            model.addAttribute("forwardedDone", true);
        } catch (InvalidRightsRequest invalid) {
            invalid.violations().forEach(violation -> result.rejectValue("note", violation.messageKey(),
                    violation.arguments().toArray(), violation.rule()));
            model.addAttribute("forwardingInError", forwarding);
        }
        if (htmx == null && !result.hasErrors()) {
            return "redirect:/rights/" + id + "#execution";
        }
        return panel(id, model, new ExecutionForm(null, null, null), result.hasErrors() ? form : new ForwardedForm(null));
    }

    private String panel(UUID id, Model model, ExecutionForm form, ForwardedForm forwarded) {
        var request = requests.get(id);
        model.addAttribute("request", request);
        model.addAttribute("executable", RequestExecution.executable(request.kind()));
        model.addAttribute("forwarded", RequestExecution.forwarded(request.kind()));
        model.addAttribute("actions", execution.actions(id));
        model.addAttribute("forwardings", execution.forwardings(id));
        model.addAttribute("grounds", Arrays.asList(RestrictionGround.values()));
        if (!model.containsAttribute("executionForm")) {
            model.addAttribute("executionForm", form);
        }
        if (!model.containsAttribute("forwardedForm")) {
            model.addAttribute("forwardedForm", forwarded);
        }
        return "rights/execution-panel :: panel";
    }
}
