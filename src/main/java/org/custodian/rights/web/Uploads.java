package org.custodian.rights.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.custodian.rights.RequestAttachments;
import org.custodian.rights.RequestAttachments.AttachedFile;
import org.springframework.web.multipart.MultipartFile;

/** A file received with a request, from a form or the API, as the facade checks it. */
final class Uploads {

    private Uploads() {
    }

    /**
     * The file, or null when none was chosen; a file over the limit is passed on unread, for the facade to refuse with
     * its size in the message.
     */
    static AttachedFile read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > RequestAttachments.MAX_BYTES) {
            return AttachedFile.tooLarge(file.getSize());
        }
        try {
            return AttachedFile.of(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
