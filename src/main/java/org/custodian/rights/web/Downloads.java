package org.custodian.rights.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file of the rights module as a download: attachment, never cached (it holds personal data). */
final class Downloads {

    private Downloads() {
    }

    /** Writes the file as the response, for a handler that otherwise answers with a page. */
    static void write(HttpServletResponse response, String name, String mediaType, byte[] content) {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(mediaType);
        response.setContentLength(content.length);
        try {
            response.getOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> of(String name, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(mediaType))
                .body(content);
    }
}
