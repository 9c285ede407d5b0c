package org.custodian.shared.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;

/**
 * A request body that an advice has already read to check it, handed on unchanged to the message
 * converter.
 *
 * @param body    the bytes read
 * @param headers the original request's headers
 */
public record ReadBody(byte[] body, HttpHeaders headers) implements HttpInputMessage {

    @Override
    public InputStream getBody() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
