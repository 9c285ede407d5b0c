package org.custodian.retention.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;

/** The headers of the forecast's CSV download, for the screen and the API alike. */
final class ForecastDownload {

    private ForecastDownload() {
    }

    static void prepare(HttpServletResponse response, LocalDate until) {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("retention-forecast-" + until + ".csv").build().toString());
    }
}
