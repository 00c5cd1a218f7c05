package org.motus.therapist.library;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * The bytes of demonstration uploads, as PostgreSQL large objects: written once in the upload's
 * transaction, read from any offset in {@link #CHUNK_BYTES} pieces straight into the response, so
 * serving a 30 MiB video (or one second of it) holds one chunk in memory, not the file.
 */
@ApplicationScoped
public class MediaStore {

    /** How much of an upload is in memory at once while it is served. */
    public static final int CHUNK_BYTES = 64 * 1024;

    private final DataSource dataSource;

    public MediaStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the bytes as a new large object on the current transaction's connection; its oid. */
    public long write(byte[] content) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try {
                object.write(content);
            } finally {
                object.close();
            }
            return oid;
        });
    }

    /**
     * Copies {@code length} bytes from {@code offset} of the large object to {@code out}, a chunk at a
     * time, on a connection of its own (the request's transaction has ended when the body is written).
     * Large objects are read inside a transaction; this one only reads and is rolled back.
     */
    public void copy(long oid, long offset, long length, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                LargeObject object = connection
                        .unwrap(PGConnection.class)
                        .getLargeObjectAPI()
                        .open(oid, LargeObjectManager.READ);
                try {
                    object.seek64(offset, LargeObject.SEEK_SET);
                    byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, Math.max(length, 1))];
                    long left = length;
                    while (left > 0) {
                        int read = object.read(chunk, 0, (int) Math.min(chunk.length, left));
                        if (read <= 0) {
                            throw new IOException("large object " + oid + " ended " + left + " bytes early");
                        }
                        out.write(chunk, 0, read);
                        left -= read;
                    }
                } finally {
                    object.close();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("cannot read large object " + oid, e);
        }
    }
}
