package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.InUse;
import dev.hourglass.store.WorkbookException.InUse.Where;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Marks a workbook as open for writing: an operating-system lock on a small file beside it
 * ({@code .name.hourglass.lock}, as office suites do), which the system releases when the process ends, even
 * by {@code kill -9}, so a crash never leaves a file locked. The file says who holds it, for the "in use" message.
 *
 * <p>Locks on a file are per process, and closing any channel to a locked file can release them, so this process
 * never opens a lock file it holds: it remembers its own locks.
 */
final class WorkbookLock implements AutoCloseable {
    private static final Set<Path> HELD_HERE = new HashSet<>();

    private final Path lockFile;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkbookLock(Path lockFile, Path key, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workbook) {
        return workbook.toAbsolutePath().resolveSibling("." + workbook.getFileName() + ".lock");
    }

    static WorkbookLock acquire(Path workbook) throws WorkbookException {
        String name = Workbook.displayName(workbook);
        Path lockFile = lockFileOf(workbook);
        Path key = lockFile.normalize();
        synchronized (HELD_HERE) {
            if (HELD_HERE.contains(key)) {
                throw inUse(new InUse(name, Where.THIS_WINDOW, ""));
            }
            FileChannel channel = null;
            try {
                SideFiles.requireOrdinary(lockFile, name);
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                SideFiles.requireSingleLink(lockFile, name);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String holder = holder(channel);
                    channel.close();
                    throw inUse(holder.isEmpty() ? new InUse(name, Where.ELSEWHERE, "")
                            : new InUse(name, Where.NAMED, holder));
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(LockHolder.thisProcess().english().getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
                HELD_HERE.add(key);
                return new WorkbookLock(lockFile, key, channel, lock);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw inUse(new InUse(name, Where.THIS_WINDOW, ""));
            } catch (WorkbookException e) {
                closeQuietly(channel);
                throw e;
            } catch (IOException e) {
                closeQuietly(channel);
                throw new WorkbookException(Reason.READ_ONLY, name + " cannot be locked for writing ("
                        + e.getMessage() + ")", e);
            }
        }
    }

    /** Whether a running Hourglass (this one or another) has the workbook open for writing. */
    static boolean isHeld(Path workbook) {
        Path lockFile = lockFileOf(workbook);
        synchronized (HELD_HERE) {
            if (HELD_HERE.contains(lockFile.normalize())) {
                return true;
            }
            if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD_HERE) {
            try {
                Files.deleteIfExists(lockFile);
                lock.release();
            } catch (IOException ignored) {
                // the lock dies with the channel below, and a stale lock file is ignored by the next open
            } finally {
                closeQuietly(channel);
                HELD_HERE.remove(key);
            }
        }
    }

    private static WorkbookException inUse(InUse who) {
        String where = switch (who.where()) {
            case THIS_WINDOW -> "in this Hourglass window";
            case ELSEWHERE -> "in another Hourglass window or program";
            case NAMED -> "by " + who.holder();
        };
        return WorkbookException.inUse(who, who.workbook() + " is in use: it is open " + where
                + ". Close it there, or open it read-only.", null);
    }

    /** Who the lock file names; "" when it names no one. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer content = ByteBuffer.allocate(512);
            channel.read(content, 0);
            String text = new String(content.array(), 0, content.position(), StandardCharsets.UTF_8).strip();
            return text;
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }
}
