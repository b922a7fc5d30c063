package dev.tidybar.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.FileHandler;

/**
 * This running instance's rotating log file. Left alone, java.util.logging gives a second instance
 * another name (tidybar-0.log.1) without saying so, and the crash dialog would point at the first
 * instance's file. So each instance claims a numbered slot with a lock of its own, and logs under
 * that slot's name, which it therefore knows.
 *
 * @param handler the handler writing the files
 * @param current the file being written now (older ones rotate to -1, -2)
 * @param slot    held for as long as this instance logs; released by {@link #close()} or at exit
 */
record InstanceLogFile(FileHandler handler, Path current, FileChannel slot) implements AutoCloseable {

    private static final int FILE_BYTES = 1_000_000;
    private static final int FILES = 3;
    private static final int SLOTS = 10;

    /** Claims the first slot no other instance holds; the directory must exist. */
    static InstanceLogFile open(Path directory) throws IOException {
        for (int number = 0; number < SLOTS; number++) {
            FileChannel channel = FileChannel.open(directory.resolve("tidybar-" + number + ".instance"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (claim(channel)) {
                // the first instance keeps the usual name, tidybar-0.log
                String name = number == 0 ? "tidybar" : "tidybar-instance" + (number + 1);
                try {
                    var handler = new FileHandler(directory.resolve(name + "-%g.log").toString(), FILE_BYTES, FILES, true);
                    return new InstanceLogFile(handler, directory.resolve(name + "-0.log"), channel);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
            channel.close();
        }
        throw new IOException(SLOTS + " instances of Tidybar are already logging in " + directory);
    }

    private static boolean claim(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        handler.close();
        slot.close();
    }
}
