package org.custodian.contacts;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows in binary format ({@link BinaryCopy}) to PostgreSQL's {@code COPY ... FROM STDIN} in chunks of
 * 64 KiB, so that the server stores the first rows of a batch while the next ones are still being sent, instead
 * of waiting for the whole batch.
 */
final class CopyStream implements AutoCloseable {

    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    private CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code COPY <table and columns> FROM STDIN} in binary format on this connection. */
    static CopyStream open(Connection connection, String tableAndColumns) throws SQLException {
        var stream = new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT binary)"));
        stream.write(BinaryCopy.HEADER);
        return stream;
    }

    void write(byte[] bytes) throws SQLException {
        if (bytes.length > buffer.length - size) {
            flush();
        }
        if (bytes.length > buffer.length) {
            copy.writeToCopy(bytes, 0, bytes.length);
            return;
        }
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /** Sends the rest and ends the copy; a row the table refuses fails here at the latest. */
    void finish() throws SQLException {
        write(BinaryCopy.TRAILER);
        flush();
        copy.endCopy();
    }

    /** Abandons a copy that did not finish (the server then discards its rows). */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (size > 0) {
            copy.writeToCopy(buffer, 0, size);
            size = 0;
        }
    }
}
