package org.custodian.register;

/**
 * The formats of the Art. 30 record (REG-2).
 */
public enum ExportFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /**
     * The media type of the content.
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The file name extension.
     */
    public String extension() {
        return extension;
    }
}
