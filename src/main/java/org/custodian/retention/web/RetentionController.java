package org.custodian.retention.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.retention.RetentionForecast;
import org.custodian.retention.RetentionSweeps;
import org.custodian.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The DPO's retention screens (RET-3): the sweeps with their reports and a progress bar while one runs, and the
 * forecast of what will be archived or deleted in the next days, with the persons and an export.
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

    /** The forecast's default horizon: the month ahead. */
    static final int DEFAULT_DAYS = 30;

    private final RetentionSweeps sweeps;
    private final RetentionForecast forecast;

    RetentionController(RetentionSweeps sweeps, RetentionForecast forecast) {
        this.sweeps = sweeps;
        this.forecast = forecast;
    }

    @GetMapping
    @PreAuthorize(Roles.SWEEPS)
    String sweeps(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("sweeps", sweeps.page(PageRequest.of(page, null)));
        model.addAttribute("statistics", sweeps.statistics());
        return "retention/sweeps";
    }

    @PostMapping("/sweeps")
    @PreAuthorize(Roles.SWEEPS)
    String run() {
        return "redirect:/retention/sweeps/" + sweeps.request().id();
    }

    /** The report, or (for htmx while the sweep runs) its progress fragment alone. */
    @GetMapping("/sweeps/{id}")
    @PreAuthorize(Roles.SWEEPS)
    String sweep(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("sweep", sweeps.find(id));
        return htmx == null ? "retention/sweep" : "retention/sweep :: progress";
    }

    @GetMapping("/forecast")
    @PreAuthorize(Roles.SWEEPS)
    String forecast(@RequestParam(required = false) String days, @RequestParam(required = false) Integer page,
            Model model) {
        var horizon = parse(days);
        model.addAttribute("days", days == null ? String.valueOf(DEFAULT_DAYS) : days);
        model.addAttribute("maxDays", RetentionForecast.MAX_DAYS);
        if (horizon == null || !RetentionForecast.check(horizon).isEmpty()) {
            model.addAttribute("daysInvalid", true);
            return "retention/forecast";
        }
        model.addAttribute("forecast", forecast.forecast(horizon, PageRequest.of(page, null)));
        return "retention/forecast";
    }

    @GetMapping("/forecast/export")
    @PreAuthorize(Roles.SWEEPS)
    void export(@RequestParam(required = false) String days, HttpServletResponse response) throws IOException {
        var horizon = parse(days);
        if (horizon == null || !RetentionForecast.check(horizon).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "days: 0 to " + RetentionForecast.MAX_DAYS);
            return;
        }
        ForecastDownload.prepare(response, forecast.today().plusDays(horizon));
        try (var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            forecast.export(horizon, out);
        }
    }

    private static Integer parse(String days) {
        if (days == null) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
