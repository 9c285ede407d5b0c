package org.custodian.retention.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.retention.ForecastView;
import org.custodian.retention.RetentionForecast;
import org.custodian.retention.RetentionSweeps;
import org.custodian.retention.StatisticView;
import org.custodian.retention.SweepView;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The retention API (RET-3): the forecast of what the sweep will archive or delete, and the sweeps themselves.
 */
@RestController
@RequestMapping(path = "/api/v1/retention", produces = "application/json")
@Tag(name = "Retention", description = "Retention forecast and sweeps")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class RetentionApiController {

    private final RetentionSweeps sweeps;
    private final RetentionForecast forecast;

    RetentionApiController(RetentionSweeps sweeps, RetentionForecast forecast) {
        this.sweeps = sweeps;
        this.forecast = forecast;
    }

    @GetMapping("/forecast")
    @PreAuthorize(Roles.SWEEPS)
    @Operation(summary = "What the sweep will archive or delete in the next days", description = "Per rule of the "
            + "register and module: how many persons; then a page of the persons concerned, the earliest to leave the "
            + "active base first, with the rule and the day. days: 0 to 3660 (default 30). Audited as a search. "
            + "Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The forecast")
    @ApiResponse(responseCode = "400", description = "days out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ForecastView forecast(@RequestParam(defaultValue = "30") int days, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return forecast.forecast(days, PageRequest.of(page, size));
    }

    @GetMapping(path = "/forecast/export", produces = "text/csv")
    @PreAuthorize(Roles.SWEEPS)
    @Operation(summary = "Export every person of the forecast as CSV", description = "Semicolon-separated, UTF-8 with "
            + "a byte order mark, every cell guarded against formulas. Audited as an export. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The CSV")
    @ApiResponse(responseCode = "400", description = "days out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void export(@RequestParam(defaultValue = "30") int days, HttpServletResponse response) throws IOException {
        RetentionForecast.requireValid(days);
        ForecastDownload.prepare(response, forecast.today().plusDays(days));
        forecast.export(days, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @PostMapping("/sweeps")
    @PreAuthorize(Roles.SWEEPS)
    @Operation(summary = "Run a sweep now", description = "Applies today's rules in batches on one node; while a sweep "
            + "is queued or running, that one is answered instead of a second. Role: DPO.")
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the sweep, whose state tells its progress")
    ResponseEntity<SweepView> run() {
        var sweep = sweeps.request();
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(sweep.id())
                .toUri();
        return ResponseEntity.accepted().location(location).body(sweep);
    }

    @GetMapping("/sweeps")
    @PreAuthorize(Roles.SWEEPS)
    @Operation(summary = "List the sweeps", description = "Latest first. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "One page of sweeps")
    Page<SweepView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sweeps.page(PageRequest.of(page, size));
    }

    @GetMapping("/statistics")
    @PreAuthorize(Roles.SWEEPS)
    @Operation(summary = "Anonymised statistics of the persons who left the active base", description = "Per month, "
            + "kind, source and year of collection: counts only, no id. A count below 5 is given as null (fewer than "
            + "5), since it could single someone out. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The cells, latest month first")
    List<StatisticView> statistics() {
        return sweeps.statistics();
    }

    @GetMapping("/sweeps/{id}")
    @PreAuthorize(Roles.SWEEPS)
    @Operation(summary = "Read a sweep", description = "Its state (QUEUED, RUNNING, DONE, FAILED), progress, the "
            + "records held by a legal hold or a restriction, and the counts per rule and action. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The sweep")
    @ApiResponse(responseCode = "404", description = "No such sweep",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SweepView get(@PathVariable UUID id) {
        return sweeps.find(id);
    }
}
