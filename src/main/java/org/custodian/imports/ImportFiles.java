package org.custodian.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The uploaded customer files, kept in the database so that whichever node runs the import (or shows the preview)
 * can read the file another node received (issue 8 §3): cut into slices of {@value #CHUNK_BYTES} bytes on upload,
 * read back one slice at a time — memory stays bounded whatever the file's size — and deleted when the job ends.
 */
@Component
class ImportFiles {

    /** A slice: large enough that a file of a million rows (about 150 MB) is some 150 rows, small for memory. */
    static final int CHUNK_BYTES = 1 << 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportFiles(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores the whole content under the job's id, in one transaction: a broken upload leaves nothing. */
    void store(UUID job, InputStream content) throws IOException {
        var failure = transaction.execute(status -> {
            try {
                var buffer = new byte[CHUNK_BYTES];
                var at = Timestamp.from(Instant.now(clock));
                var chunk = 0;
                for (var length = content.readNBytes(buffer, 0, buffer.length); length > 0;
                        length = content.readNBytes(buffer, 0, buffer.length)) {
                    jdbc.sql("INSERT INTO import_file_chunk (job_id, chunk_no, content, stored_at) VALUES (?, ?, ?, ?)")
                            .params(job, chunk++, length == buffer.length ? buffer : Arrays.copyOf(buffer, length), at)
                            .update();
                }
                return null;
            }
            catch (IOException e) {
                status.setRollbackOnly();
                return e;
            }
        });
        if (failure != null) {
            throw failure;
        }
    }

    boolean exists(UUID job) {
        return jdbc.sql("SELECT COUNT(*) FROM import_file_chunk WHERE job_id = ? AND chunk_no = 0").param(job)
                .query(Long.class).single() > 0;
    }

    /** The file, read slice by slice, each slice one short query (no transaction is held open while parsing). */
    InputStream open(UUID job) {
        return new ChunkStream(job);
    }

    void delete(UUID job) {
        jdbc.sql("DELETE FROM import_file_chunk WHERE job_id = ?").param(job).update();
    }

    /**
     * Deletes the files of jobs that ended, and those without a job stored before {@code limit} (an upload refused,
     * or stopped by a crash, before its draft was written).
     *
     * @return how many files were deleted
     */
    int deleteLeftOvers(Instant limit) {
        var leftOvers = jdbc.sql("""
                        SELECT DISTINCT c.job_id FROM import_file_chunk c LEFT JOIN import_job j ON j.id = c.job_id
                        WHERE j.state IN ('DONE', 'FAILED') OR (j.id IS NULL AND c.stored_at < ?)""")
                .param(Timestamp.from(limit)).query(UUID.class).list();
        leftOvers.forEach(this::delete);
        return leftOvers.size();
    }

    /** Reads the slices in order, fetching the next one only when the previous one is used up. */
    private final class ChunkStream extends InputStream {

        private final UUID job;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private boolean ended;

        ChunkStream(UUID job) {
            this.job = job;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            var count = Math.min(length, current.length - position);
            System.arraycopy(current, position, into, offset, count);
            position += count;
            return count;
        }

        private boolean fill() {
            while (position == current.length) {
                if (ended) {
                    return false;
                }
                var slice = jdbc.sql("SELECT content FROM import_file_chunk WHERE job_id = ? AND chunk_no = ?")
                        .params(job, next++).query((rs, row) -> rs.getBytes(1)).optional();
                if (slice.isEmpty()) {
                    ended = true;
                    return false;
                }
                current = slice.get();
                position = 0;
            }
            return true;
        }
    }
}
